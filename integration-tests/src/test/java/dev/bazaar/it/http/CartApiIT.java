package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.TestShopping.add;
import static dev.bazaar.it.http.TestShopping.cart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** /api/v1/cart: guest and customer carts in the database, grouped by shop, re-checked, merged at sign-in. */
class CartApiIT {

    @Test
    void aGuestCartHoldsLinesFromTwoShopsGroupedByShopWithSubtotals() {
        TestShopping.StockedShop first = TestShopping.stockedShop("CA", 5);
        TestShopping.StockedShop second = TestShopping.stockedShop("CB", 5);

        HttpResponse<String> started = add(null, null, first.small(), 2);
        String token = started.headers().firstValue("X-Cart-Token").orElseThrow();
        HttpResponse<String> again = add(null, token, second.large(), 1);
        add(null, token, first.small(), 1);
        JsonObject shown = json(cart(null, token));

        assertEquals(201, started.statusCode(), started.body());
        assertTrue(again.headers().firstValue("X-Cart-Token").isEmpty(), "the token is issued once");
        JsonArray shops = shown.getJsonArray("shops");
        assertEquals(2, shops.size());
        assertEquals(first.shop().vendorId(), shops.getJsonObject(0).getJsonNumber("vendorId").longValue());
        assertEquals(3, shops.getJsonObject(0).getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertEquals(3 * 19900, shops.getJsonObject(0).getJsonObject("subtotal").getJsonNumber("amountMinor").longValue());
        assertEquals(24900, shops.getJsonObject(1).getJsonObject("subtotal").getJsonNumber("amountMinor").longValue());
        assertEquals(3 * 19900 + 24900, shown.getJsonObject("subtotal").getJsonNumber("amountMinor").longValue());
        assertEquals(4, shown.getInt("itemCount"));
        assertTrue(shown.getBoolean("readyForCheckout"));
        assertEquals(2, Database.count("select count(*) from cart_line l join cart c on c.id = l.cart_id where c.token_hash is not null"
                + " and l.variant_id in (?, ?)", first.small(), second.large()));
    }

    @Test
    void badQuantitiesAndVariantsAreRefusedAndWriteNothing() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("CX", 3);
        long draft = VendorProductsApiIT.create(stocked.shop(), "DRF");
        long draftVariant = Long.parseLong(Database.single("select id from product_variant where product_id = ?", draft).orElseThrow());
        TestAccounts.LoggedIn customer = TestAccounts.registeredAndLoggedIn("cartbad");

        HttpResponse<String> zero = add(customer.accessToken(), null, stocked.small(), 0);
        HttpResponse<String> huge = add(customer.accessToken(), null, stocked.small(), 1000);
        HttpResponse<String> unknown = add(customer.accessToken(), null, 999_999_999L, 1);
        HttpResponse<String> notOnSale = add(customer.accessToken(), null, draftVariant, 1);
        HttpResponse<String> tooMany = add(customer.accessToken(), null, stocked.small(), 4);
        HttpResponse<String> noVariant = Http.call("POST", "/api/v1/cart/items", customer.accessToken(), "{\"quantity\":1}");

        assertEquals(422, zero.statusCode(), zero.body());
        assertEquals(422, huge.statusCode(), huge.body());
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertEquals("is not a product on sale", Http.fieldErrors(notOnSale).get("variantId"));
        assertEquals(409, tooMany.statusCode(), tooMany.body());
        assertTrue(Http.fieldErrors(tooMany).get("quantity").contains("only 3 in stock"), tooMany.body());
        assertEquals(422, noVariant.statusCode(), noVariant.body());
        assertEquals("application/problem+json", Http.contentType(tooMany));
        assertEquals(0, Database.count("select count(*) from cart_line l join cart c on c.id = l.cart_id where c.customer_id = ?",
                customer.id()));
    }

    @Test
    void changingAndRemovingLinesWorksOnlyOnTheCallersOwnCart() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("CC", 10);
        TestAccounts.LoggedIn owner = TestShopping.customerWith(stocked.small(), 1);
        TestAccounts.LoggedIn other = TestAccounts.registeredAndLoggedIn("snoop");
        long lineId = json(cart(owner.accessToken(), null)).getJsonArray("shops").getJsonObject(0).getJsonArray("lines")
                .getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> snooped = Http.call("PATCH", "/api/v1/cart/items/" + lineId, other.accessToken(), "{\"quantity\":5}");
        HttpResponse<String> deletedByOther = Http.call("DELETE", "/api/v1/cart/items/" + lineId, other.accessToken(), null);
        HttpResponse<String> guessedAsGuest = Http.call("PATCH", "/api/v1/cart/items/" + lineId, null, "{\"quantity\":5}",
                "X-Cart-Token", "not-a-real-token");
        HttpResponse<String> changed = Http.call("PATCH", "/api/v1/cart/items/" + lineId, owner.accessToken(), "{\"quantity\":4}");
        HttpResponse<String> overStock = Http.call("PATCH", "/api/v1/cart/items/" + lineId, owner.accessToken(), "{\"quantity\":11}");

        assertEquals(404, snooped.statusCode(), snooped.body());
        assertEquals(404, deletedByOther.statusCode(), deletedByOther.body());
        assertEquals(404, guessedAsGuest.statusCode(), guessedAsGuest.body());
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(409, overStock.statusCode(), overStock.body());
        assertEquals("4", Database.single("select quantity from cart_line where id = ?", lineId).orElseThrow());

        HttpResponse<String> removed = Http.call("DELETE", "/api/v1/cart/items/" + lineId, owner.accessToken(), null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(0, json(removed).getJsonArray("shops").size());
        assertEquals(0, Database.count("select count(*) from cart_line where id = ?", lineId));
    }

    @Test
    void signingInMergesTheGuestCartWithQuantitiesCappedByStock() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("CM", 4);
        TestShopping.StockedShop another = TestShopping.stockedShop("CN", 4);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.small(), 2);
        HttpResponse<String> guest = add(null, null, stocked.small(), 3);
        String token = guest.headers().firstValue("X-Cart-Token").orElseThrow();
        add(null, token, another.large(), 1);

        HttpResponse<String> merged = Http.call("POST", "/api/v1/cart/merge", customer.accessToken(), null, "X-Cart-Token", token);

        assertEquals(200, merged.statusCode(), merged.body());
        JsonObject cart = json(merged);
        assertEquals(4, cart.getJsonArray("shops").getJsonObject(0).getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertEquals(1, cart.getJsonArray("shops").getJsonObject(1).getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertTrue(cart.getJsonArray("notices").getString(0).contains("Only 4 of"), merged.body());
        assertEquals(0, Database.count("select count(*) from cart where token_hash is not null and id in"
                + " (select cart_id from cart_line where variant_id = ?)", another.large()));
        assertEquals(0, json(cart(null, token)).getJsonArray("shops").size(), "the guest cart is gone");
    }

    @Test
    void aPriceChangeIsExplainedOnceWhenTheCartIsShown() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("CP", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.small(), 1);
        HttpResponse<String> repriced = Http.withToken("PUT", "/api/v1/vendor/products/" + stocked.productId() + "/variants/" + stocked.small(),
                stocked.shop().owner().accessToken(), TestCatalog.variant("CP-S", "S", "179").toString());
        assertEquals(200, repriced.statusCode(), repriced.body());

        JsonObject first = json(cart(customer.accessToken(), null));
        JsonObject second = json(cart(customer.accessToken(), null));

        assertEquals(1, first.getJsonArray("notices").size(), first.toString());
        assertTrue(first.getJsonArray("notices").getString(0).contains("went down from 199.00 NOK to 179.00 NOK"), first.toString());
        assertEquals(17900, first.getJsonObject("subtotal").getJsonNumber("amountMinor").longValue());
        assertEquals(0, second.getJsonArray("notices").size(), "told once");
    }

    @Test
    void aProductThatStopsSellingIsFlaggedAndBlocksCheckout() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("CS", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(stocked.large(), 2);
        assertEquals(200, Http.withToken("POST", "/api/v1/vendor/products/" + stocked.productId() + "/archive",
                stocked.shop().owner().accessToken(), null).statusCode());

        JsonObject shown = json(cart(customer.accessToken(), null));
        HttpResponse<String> checkout = TestShopping.checkout(customer, TestShopping.checkoutBody("NO"), null);

        assertFalse(shown.getBoolean("readyForCheckout"));
        assertTrue(shown.getJsonArray("shops").getJsonObject(0).getJsonArray("lines").getJsonObject(0).getString("problem")
                .contains("no longer sold"), shown.toString());
        assertEquals(409, checkout.statusCode(), checkout.body());
        assertEquals(0, Database.count("select count(*) from order_group where customer_id = ?", customer.id()));
    }

    @Test
    void anEmptyCartIsShownToAnyoneWithoutAToken() {
        JsonObject shown = json(cart(null, null));

        assertEquals(0, shown.getJsonArray("shops").size());
        assertEquals(0, shown.getInt("itemCount"));
        assertNull(shown.get("guestToken"));
        assertEquals(Json.createArrayBuilder().build(), shown.getJsonArray("notices"));
    }
}
