package dev.bazaar.catalog.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.bazaar.catalog.domain.Category;
import dev.bazaar.catalog.domain.Product;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.catalog.domain.VariantSpec;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import dev.bazaar.kernel.UniqueViolation;
import dev.bazaar.media.application.Pictures;
import dev.bazaar.vendor.application.ShopDirectory;
import dev.bazaar.vendor.application.ShopDirectory.ShopFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * A vendor's owner and managers keep their own shop's products: drafts with variants, pictures,
 * edits, submission for review, archiving. Staff may read them. The caller's shop is read live from their
 * account on every call; another shop's products do not exist for them (404).
 */
@Stateless
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class VendorProducts {

    public static final int MAX_IMAGES = 12;

    @Inject
    ProductRepository products;

    @Inject
    ProductReads reads;

    @Inject
    ShopDirectory shops;

    @Inject
    CallerScope callers;

    @Inject
    Pictures pictures;

    public Page<ProductView> list(ProductQuery query, PageRequest page) {
        return reads.list(query.forVendor(callerVendor(Role.SHOP_MEMBERS)), page);
    }

    public ProductDetailView product(long productId) {
        return detail(own(productId, Role.SHOP_MEMBERS));
    }

    /** A new DRAFT with its variants; a taken slug or SKU is a conflict. */
    public ProductDetailView create(ProductInput input, List<VariantInput> variants) {
        ShopFacts shop = shops.get(callerVendor(Role.SHOP_MANAGERS));
        var details = input.details();
        Category category = category(input.categorySlug());
        List<VariantSpec> specs = new ArrayList<>();
        for (int i = 0; variants != null && i < variants.size(); i++) {
            specs.add(variants.get(i).toSpec("variants[" + i + "]", shop.payoutCurrency()));
        }
        refuseTakenSlug(details.slug(), null);
        for (VariantSpec spec : specs) {
            refuseTakenSku(shop.id(), spec.sku(), null);
        }
        Product product = Product.draft(shop.id(), shop.payoutCurrency(), category, details, specs, Instant.now());
        return detail(saved(() -> products.add(product)));
    }

    public ProductDetailView update(long productId, ProductInput input) {
        Product product = own(productId, Role.SHOP_MANAGERS);
        var details = input.details();
        refuseTakenSlug(details.slug(), product.id());
        product.describe(details, category(input.categorySlug()), Instant.now());
        return detail(saved(() -> product));
    }

    public ProductDetailView addVariant(long productId, VariantInput input) {
        Product product = own(productId, Role.SHOP_MANAGERS);
        String currency = shops.get(product.vendorId()).payoutCurrency();
        VariantSpec spec = input.toSpec(null, currency);
        refuseTakenSku(product.vendorId(), spec.sku(), null);
        product.addVariant(spec, currency, Instant.now());
        return detail(saved(() -> product));
    }

    public ProductDetailView changeVariant(long productId, long variantId, VariantInput input) {
        Product product = own(productId, Role.SHOP_MANAGERS);
        String currency = shops.get(product.vendorId()).payoutCurrency();
        VariantSpec spec = input.toSpec(null, currency);
        refuseTakenSku(product.vendorId(), spec.sku(), variantId);
        product.changeVariant(variantId, spec, currency, Instant.now());
        return detail(saved(() -> product));
    }

    public ProductDetailView removeVariant(long productId, long variantId) {
        Product product = own(productId, Role.SHOP_MANAGERS);
        product.removeVariant(variantId, Instant.now());
        return detail(saved(() -> product));
    }

    /** Sends a draft (or a rejected product, fixed) to the platform's moderators. */
    public ProductDetailView submitForReview(long productId) {
        Product product = own(productId, Role.SHOP_MANAGERS);
        product.submitForReview(Instant.now());
        return detail(product);
    }

    public ProductDetailView archive(long productId) {
        Product product = own(productId, Role.SHOP_MANAGERS);
        product.archive(Instant.now());
        return detail(product);
    }

    /** An archived product becomes a draft again, to be edited and submitted. */
    public ProductDetailView restore(long productId) {
        Product product = own(productId, Role.SHOP_MANAGERS);
        product.restore(Instant.now());
        return detail(product);
    }

    /** Adds a picture at the end of the gallery; the first picture is the one cards show. */
    public ProductDetailView addImage(long productId, byte[] upload, String fileName, String altText) {
        Product product = own(productId, Role.SHOP_MANAGERS);
        pictures.addToGallery(product.vendorId(), productId, MAX_IMAGES, upload, fileName, altText, callers.email());
        return detail(product);
    }

    public ProductDetailView removeImage(long productId, long imageId) {
        Product product = own(productId, Role.SHOP_MANAGERS);
        pictures.removeFromGallery(productId, imageId);
        return detail(product);
    }

    /**
     * Changes a picture's alt text (null keeps it) and/or moves it to {@code position} (null keeps it;
     * 0 is first, the one cards show; the others close up), together.
     */
    public ProductDetailView changeImage(long productId, long imageId, Integer position, String altText) {
        Product product = own(productId, Role.SHOP_MANAGERS);
        pictures.changeInGallery(productId, imageId, position, altText);
        return detail(product);
    }

    private interface Save {
        Product run();
    }

    /** Writes now, turning a unique violation (a concurrent save took the slug or SKU) into a conflict. */
    private Product saved(Save save) {
        try {
            Product product = save.run();
            products.flush();
            return product;
        } catch (PersistenceException e) {
            String violation = UniqueViolation.in(e).orElseThrow(() -> e);
            throw violation.contains("sku") ? new ConflictException("sku", "is used by another of your variants")
                    : new ConflictException("slug", "is taken by another product");
        }
    }

    private void refuseTakenSlug(String slug, Long productId) {
        if (products.slugTaken(slug, productId)) {
            throw new ConflictException("slug", "is taken by another product");
        }
    }

    private void refuseTakenSku(long vendorId, String sku, Long variantId) {
        if (products.skuTaken(vendorId, sku, variantId)) {
            throw new ConflictException("sku", sku + " is used by another of your variants");
        }
    }

    private Category category(String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return products.categoryBySlug(slug.strip())
                .orElseThrow(() -> new InvalidInputException("categorySlug", "'" + slug.strip() + "' is not a category"));
    }

    private Product own(long productId, Set<Role> roles) {
        long vendorId = callerVendor(roles);
        return products.find(productId).filter(p -> p.vendorId() == vendorId)
                .orElseThrow(() -> new NotFoundException("No product " + productId + " in your shop"));
    }

    private ProductDetailView detail(Product product) {
        return reads.detail(product);
    }

    private long callerVendor(Set<Role> roles) {
        return callers.shop(roles, roles.contains(Role.VENDOR_STAFF)
                ? "Your account does not work for a shop" : "Only a shop's owner and managers may change its products");
    }
}
