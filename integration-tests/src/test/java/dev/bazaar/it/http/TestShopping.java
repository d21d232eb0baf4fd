package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Shops with stock, carts and checkouts for tests, made through the API as apps and shops make them. */
public final class TestShopping {

    /**
     * An approved shop with one published product (variants S at 199 NOK and L at 249 NOK, low-stock
     * threshold 3) and {@code onHand} units of each at one location.
     */
    public record StockedShop(TestVendors.Shop shop, long productId, long small, long large, long locationId) {
    }

    private TestShopping() {
    }

    public static StockedShop stockedShop(String skuPrefix, int onHand) {
        return stockedShop(TestVendors.approvedShop(), skuPrefix, onHand);
    }

    /** A published product of {@code shop} with two variants, {@code onHand} of each in a new location. */
    public static StockedShop stockedShop(TestVendors.Shop shop, String skuPrefix, int onHand) {
        return stocked(shop, VendorProductsApiIT.create(shop, skuPrefix), skuPrefix, onHand);
    }

    /** Publishes a draft product of {@code shop} that has two variants and stocks {@code onHand} of each in a new location. */
    public static StockedShop stocked(TestVendors.Shop shop, long product, String skuPrefix, int onHand) {
        VendorProductsApiIT.publish(shop, product);
        long location = VendorStockApiIT.addLocation(shop, "Warehouse " + skuPrefix);
        long small = variant(product, 1);
        long large = variant(product, 2);
        if (onHand > 0) {
            assertEquals(200, VendorStockApiIT.adjust(shop, small, location, onHand, "delivery").statusCode());
            assertEquals(200, VendorStockApiIT.adjust(shop, large, location, onHand, "delivery").statusCode());
        }
        return new StockedShop(shop, product, small, large, location);
    }

    private static long variant(long productId, int position) {
        return Long.parseLong(Database.single("select id from product_variant where product_id = ? order by position offset ?",
                productId, position - 1).orElseThrow());
    }

    /** Adds to the cart of the token's customer (or of the guest named by cartToken when token is null). */
    public static HttpResponse<String> add(String accessToken, String cartToken, long variantId, int quantity) {
        return Http.call("POST", "/api/v1/cart/items", accessToken,
                Json.createObjectBuilder().add("variantId", variantId).add("quantity", quantity).build().toString(),
                "X-Cart-Token", cartToken);
    }

    public static HttpResponse<String> cart(String accessToken, String cartToken) {
        return Http.call("GET", "/api/v1/cart", accessToken, null, "X-Cart-Token", cartToken);
    }

    /** A customer, signed in, with these units in their cart. */
    public static TestAccounts.LoggedIn customerWith(long variantId, int quantity) {
        TestAccounts.LoggedIn customer = TestAccounts.registeredAndLoggedIn("buyer");
        HttpResponse<String> added = add(customer.accessToken(), null, variantId, quantity);
        assertEquals(201, added.statusCode(), added.body());
        return customer;
    }

    public static JsonObjectBuilder address(String country) {
        return Json.createObjectBuilder().add("recipient", "Kari Nordmann").add("line1", "Storgata 1").add("city", "Oslo")
                .add("postalCode", "0155").add("country", country);
    }

    /** A manual-payment checkout shipping to a new address in {@code country}. */
    public static String checkoutBody(String country) {
        return Json.createObjectBuilder().add("shippingAddress", address(country)).add("paymentMethod", "MANUAL").build().toString();
    }

    public static HttpResponse<String> checkout(TestAccounts.LoggedIn customer, String body, String idempotencyKey) {
        return Http.call("POST", "/api/v1/checkout", customer.accessToken(), body, "Idempotency-Key", idempotencyKey);
    }

    /** Places a manual-payment order to Norway and returns it. */
    public static JsonObject placedOrder(TestAccounts.LoggedIn customer) {
        HttpResponse<String> placed = checkout(customer, checkoutBody("NO"), null);
        assertEquals(201, placed.statusCode(), placed.body());
        return Http.json(placed).getJsonObject("order");
    }

    public static String stock(long variantId) {
        return Database.single("select on_hand || '/' || reserved from stock_level where variant_id = ?", variantId).orElseThrow();
    }
}
