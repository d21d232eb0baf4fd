package dev.bazaar.catalog.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.bazaar.catalog.domain.Product;
import dev.bazaar.catalog.domain.ProductAttribute;
import dev.bazaar.kernel.Money;
import dev.bazaar.media.application.ImageView;
import dev.bazaar.vendor.application.ShopDirectory.ShopFacts;

/** A whole product: details, attributes, variants with their availability, and its gallery. */
public record ProductDetailView(long id, String slug, String name, String descriptionHtml, String brand, String status,
                                String statusReason, String vendorSlug, String vendorName, String categorySlug,
                                String categoryName, Money price, List<ProductAttribute> attributes,
                                List<VariantView> variants, List<ImageView> images, boolean featured,
                                Instant publishedAt, Instant updatedAt) {

    public static ProductDetailView of(Product product, ShopFacts shop, Map<Long, Long> availableByVariant,
                                       List<ImageView> images) {
        return new ProductDetailView(product.id(), product.slug(), product.name(), product.description(),
                product.brand(), product.status().name(), product.statusReason(), shop.slug(),
                shop.name(), product.category() == null ? null : product.category().slug(),
                product.category() == null ? null : product.category().name(), product.price(),
                product.attributes(),
                product.variants().stream()
                        .map(v -> VariantView.of(v, availableByVariant.getOrDefault(v.id(), 0L)))
                        .toList(),
                images, product.featured(), product.publishedAt(), product.updatedAt());
    }
}
