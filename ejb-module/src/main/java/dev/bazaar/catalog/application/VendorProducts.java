package dev.bazaar.catalog.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.bazaar.catalog.domain.Category;
import dev.bazaar.catalog.domain.Product;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.catalog.domain.VariantSpec;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.UniqueViolation;
import dev.bazaar.media.domain.ImageProcessing;
import dev.bazaar.media.domain.Images;
import dev.bazaar.media.domain.ProcessedImage;
import dev.bazaar.media.domain.StoredImage;
import dev.bazaar.vendor.domain.Vendor;
import dev.bazaar.vendor.domain.Vendors;
import dev.bazaar.vendor.domain.VendorStaff;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
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
    Vendors vendors;

    @Inject
    VendorStaff staff;

    @Inject
    Images images;

    @Resource
    SessionContext caller;

    public Page<ProductView> list(ProductQuery query, PageRequest page) {
        return products.list(query.forVendor(callerVendor(VendorStaff.MEMBERS)), page);
    }

    public ProductDetailView product(long productId) {
        return detail(own(productId, VendorStaff.MEMBERS));
    }

    /** A new DRAFT with its variants; a taken slug or SKU is a conflict. */
    public ProductDetailView create(ProductInput input, List<VariantInput> variants) {
        Vendor vendor = vendors.find(callerVendor(VendorStaff.MANAGERS)).orElseThrow();
        var details = input.details();
        Category category = category(input.categorySlug());
        List<VariantSpec> specs = new ArrayList<>();
        for (int i = 0; variants != null && i < variants.size(); i++) {
            specs.add(variants.get(i).toSpec("variants[" + i + "]", vendor.payoutCurrency()));
        }
        refuseTakenSlug(details.slug(), null);
        for (VariantSpec spec : specs) {
            refuseTakenSku(vendor.id(), spec.sku(), null);
        }
        Product product = Product.draft(vendor, category, details, specs, Instant.now());
        return detail(saved(() -> products.add(product)));
    }

    public ProductDetailView update(long productId, ProductInput input) {
        Product product = own(productId, VendorStaff.MANAGERS);
        var details = input.details();
        refuseTakenSlug(details.slug(), product.id());
        product.describe(details, category(input.categorySlug()), Instant.now());
        return detail(saved(() -> product));
    }

    public ProductDetailView addVariant(long productId, VariantInput input) {
        Product product = own(productId, VendorStaff.MANAGERS);
        VariantSpec spec = input.toSpec(null, product.vendor().payoutCurrency());
        refuseTakenSku(product.vendor().id(), spec.sku(), null);
        product.addVariant(spec, Instant.now());
        return detail(saved(() -> product));
    }

    public ProductDetailView changeVariant(long productId, long variantId, VariantInput input) {
        Product product = own(productId, VendorStaff.MANAGERS);
        VariantSpec spec = input.toSpec(null, product.vendor().payoutCurrency());
        refuseTakenSku(product.vendor().id(), spec.sku(), variantId);
        product.changeVariant(variantId, spec, Instant.now());
        return detail(saved(() -> product));
    }

    public ProductDetailView removeVariant(long productId, long variantId) {
        Product product = own(productId, VendorStaff.MANAGERS);
        product.removeVariant(variantId, Instant.now());
        return detail(saved(() -> product));
    }

    /** Sends a draft (or a rejected product, fixed) to the platform's moderators. */
    public ProductDetailView submitForReview(long productId) {
        Product product = own(productId, VendorStaff.MANAGERS);
        product.submitForReview(Instant.now());
        return detail(product);
    }

    public ProductDetailView archive(long productId) {
        Product product = own(productId, VendorStaff.MANAGERS);
        product.archive(Instant.now());
        return detail(product);
    }

    /** An archived product becomes a draft again, to be edited and submitted. */
    public ProductDetailView restore(long productId) {
        Product product = own(productId, VendorStaff.MANAGERS);
        product.restore(Instant.now());
        return detail(product);
    }

    /** Adds a picture at the end of the gallery; the first picture is the one cards show. */
    public ProductDetailView addImage(long productId, byte[] upload, String fileName, String altText) {
        Product product = own(productId, VendorStaff.MANAGERS);
        long count = images.countOfProduct(productId);
        if (count >= MAX_IMAGES) {
            throw new ConflictException("images", "A product has at most " + MAX_IMAGES + " pictures; remove one first");
        }
        String alt = altText(altText);
        ProcessedImage processed = ImageProcessing.process("file", upload);
        images.add(new StoredImage(product.vendor().id(), productId, (int) count, alt, fileName, processed,
                caller.getCallerPrincipal().getName(), Instant.now()), processed);
        return detail(product);
    }

    public ProductDetailView removeImage(long productId, long imageId) {
        Product product = own(productId, VendorStaff.MANAGERS);
        List<StoredImage> gallery = new ArrayList<>(images.ofProduct(productId));
        StoredImage image = picture(gallery, productId, imageId);
        gallery.remove(image);
        images.remove(image);
        renumber(gallery);
        return detail(product);
    }

    /**
     * Changes a picture's alt text (null keeps it) and/or moves it to {@code position} (null keeps it;
     * 0 is first, the one cards show; the others close up), together.
     */
    public ProductDetailView changeImage(long productId, long imageId, Integer position, String altText) {
        if (position == null && altText == null) {
            throw new InvalidInputException("position", "or altText is required");
        }
        Product product = own(productId, VendorStaff.MANAGERS);
        List<StoredImage> gallery = new ArrayList<>(images.ofProduct(productId));
        StoredImage image = picture(gallery, productId, imageId);
        if (altText != null) {
            image.describe(altText(altText));
        }
        if (position != null) {
            if (position < 0 || position >= gallery.size()) {
                throw new InvalidInputException("position", "must be between 0 and " + (gallery.size() - 1));
            }
            gallery.remove(image);
            gallery.add(position, image);
            renumber(gallery);
        }
        return detail(product);
    }

    private static StoredImage picture(List<StoredImage> gallery, long productId, long imageId) {
        return gallery.stream().filter(i -> i.id() == imageId).findFirst()
                .orElseThrow(() -> new NotFoundException("No picture " + imageId + " on product " + productId));
    }

    private static void renumber(List<StoredImage> gallery) {
        for (int i = 0; i < gallery.size(); i++) {
            gallery.get(i).moveTo(i);
        }
    }

    private static String altText(String text) {
        try {
            return StoredImage.altText(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("altText", e.getMessage());
        }
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

    private Product own(long productId, Set<String> roles) {
        long vendorId = callerVendor(roles);
        return products.find(productId).filter(p -> p.vendor().id() == vendorId)
                .orElseThrow(() -> new NotFoundException("No product " + productId + " in your shop"));
    }

    private ProductDetailView detail(Product product) {
        return products.detail(product);
    }

    private long callerVendor(Set<String> roles) {
        return staff.vendorOf(caller.getCallerPrincipal().getName(), roles)
                .orElseThrow(() -> new ForbiddenException(roles.contains("VENDOR_STAFF")
                        ? "Your account does not work for a shop"
                        : "Only a shop's owner and managers may change its products"));
    }
}
