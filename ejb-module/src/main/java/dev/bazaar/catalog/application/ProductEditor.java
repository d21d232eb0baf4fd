package dev.bazaar.catalog.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.bazaar.catalog.domain.Product;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.inventory.application.StockKeeping;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The product editor's one Save: every part of a {@link ProductEdit} (details, a variant, the price, a
 * stock change, a picture) in one transaction, so all of them are saved or, after any refusal, none.
 * Each part goes through the service that owns it and its checks of who may change what (a shop changes
 * only its own products, staff only the stock, admins only the price); a product the caller may not
 * see does not exist for them (404). A refusal names its field after the part it came from
 * ({@code details.slug}, {@code variant.sku}, {@code price.price}, {@code stock.reason},
 * {@code picture.file}), so the page shows it beside the field on the right tab.
 */
@Stateless
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class ProductEditor {

    public static final String DETAILS = "details";
    public static final String VARIANT = "variant";
    public static final String PRICE = "price";
    public static final String STOCK = "stock";
    public static final String PICTURE = "picture";

    @Inject
    ProductRepository products;

    @Inject
    ProductReads reads;

    @Inject
    CallerScope callers;

    @EJB
    VendorProducts vendorProducts;

    @EJB
    ProductPricing pricing;

    @EJB
    StockKeeping stock;

    public ProductDetailView save(long productId, ProductEdit edit) {
        Product product = products.find(productId)
                .filter(p -> callers.isActiveAdmin() || callers.worksFor(p.vendorId()))
                .orElseThrow(() -> new NotFoundException("No product " + productId + " in your shop"));
        if (edit.details() != null) {
            part(DETAILS, () -> vendorProducts.update(productId, edit.details()));
        }
        if (edit.variant() != null) {
            part(VARIANT, () -> edit.variantId() == null ? vendorProducts.addVariant(productId, edit.variant())
                    : vendorProducts.changeVariant(productId, edit.variantId(), edit.variant()));
        }
        if (edit.price() != null) {
            part(PRICE, () -> pricing.changePrice(productId, money(edit.price(), product.price().currencyCode())));
        }
        if (edit.stock() != null) {
            part(STOCK, () -> changeStock(product, edit.stock()));
        }
        if (edit.picture() != null) {
            ProductEdit.PictureUpload picture = edit.picture();
            part(PICTURE, () -> vendorProducts.addImage(productId, picture.content(), picture.fileName(), picture.altText()));
        }
        return reads.detail(product);
    }

    private Object changeStock(Product product, ProductEdit.StockChange change) {
        if (change.variantId() == null || change.locationId() == null) {
            throw new InvalidInputException(change.variantId() == null ? "variant" : "location", "is required");
        }
        if (product.variants().stream().noneMatch(v -> change.variantId().equals(v.id()))) {
            throw new InvalidInputException("variant", "is not one of this product's variants");
        }
        int units = change.quantity() == null ? -1 : change.quantity();
        if (units < 0) {
            throw new InvalidInputException("quantity", "must be a whole number, 0 or more");
        }
        ProductEdit.StockKind kind = change.kind() == null ? ProductEdit.StockKind.RECEIVE : change.kind();
        return switch (kind) {
            case RECEIVE -> stock.adjust(change.variantId(), change.locationId(), units, change.reason());
            case REMOVE -> stock.adjust(change.variantId(), change.locationId(), -units, change.reason());
            case COUNT -> stock.setOnHand(change.variantId(), change.locationId(), units, change.reason());
        };
    }

    private static Money money(String amount, String currency) {
        try {
            return Money.parse(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("price", e.getMessage());
        }
    }

    /** Runs one part; a refusal names its fields after the part (the transaction rolls back all the same). */
    private static void part(String part, Supplier<?> work) {
        try {
            work.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(named(part, e.fieldErrors()));
        } catch (ConflictException e) {
            Map.Entry<String, String> error = e.fieldErrors().entrySet().iterator().next();
            throw new ConflictException(part + "." + error.getKey(), error.getValue());
        }
    }

    private static Map<String, String> named(String part, Map<String, String> fieldErrors) {
        Map<String, String> named = new LinkedHashMap<>();
        fieldErrors.forEach((field, message) -> named.put(part + "." + field, message));
        return named;
    }
}
