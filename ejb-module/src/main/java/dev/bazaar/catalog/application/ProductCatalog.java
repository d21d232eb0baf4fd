package dev.bazaar.catalog.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.bazaar.catalog.domain.Category;
import dev.bazaar.catalog.domain.Product;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.vendor.application.ShopDirectory;
import dev.bazaar.vendor.application.ShopDirectory.ShopFacts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Read side of the catalog for shoppers: only active products of approved shops exist here (lists and
 * search are {@link ProductSearch}). Reads
 * run in a (one-phase) container transaction too: outside one, Hibernate would close its connection
 * after Liberty's local transaction containment had already ended.
 */
@Stateless
public class ProductCatalog {

    @Inject
    ProductRepository products;

    @Inject
    ProductReads reads;

    @Inject
    ShopDirectory shops;

    public ProductView product(long id) {
        return reads.view(id, true).orElseThrow(() -> new NotFoundException("No product with id " + id));
    }

    /** The whole product with its variants, as shoppers may see it. */
    public ProductDetailView productDetail(long id) {
        return visible(products.find(id)).orElseThrow(() -> new NotFoundException("No product with id " + id));
    }

    public ProductDetailView productDetailBySlug(String slug) {
        return visible(products.findBySlug(slug)).orElseThrow(() -> new NotFoundException("No product at " + slug));
    }

    /** The category tree, flat, in display order. */
    public List<CategoryView> categories() {
        List<Category> all = products.categories();
        Map<Long, String> slugs = all.stream().collect(Collectors.toMap(Category::id, Category::slug));
        return all.stream().map(c -> CategoryView.of(c, c.parentId() == null ? null : slugs.get(c.parentId()))).toList();
    }

    /** The tree in reading order: each category followed by its subcategories, with its depth. */
    public List<CategoryNode> categoryTree() {
        List<CategoryView> all = categories();
        List<CategoryNode> tree = new ArrayList<>();
        addChildren(all, null, 0, tree);
        return tree;
    }

    private static void addChildren(List<CategoryView> all, String parentSlug, int depth, List<CategoryNode> tree) {
        for (CategoryView category : all) {
            if (Objects.equals(category.parentSlug(), parentSlug)) {
                tree.add(new CategoryNode(category, depth));
                addChildren(all, category.slug(), depth + 1, tree);
            }
        }
    }

    private Optional<ProductDetailView> visible(Optional<Product> product) {
        return product.filter(p -> p.status().isVisibleToShoppers() && shops.find(p.vendorId()).filter(ShopFacts::trading).isPresent())
                .map(reads::detail);
    }
}
