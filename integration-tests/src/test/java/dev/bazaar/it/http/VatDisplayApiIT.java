package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Prices shown with VAT included where the destination's law wants it (configured per country):
 * checkout shows gross unit prices, lines, shipping and the VAT they include, and the order charges
 * exactly the total shown; elsewhere the tax still comes on top. Rule: ADR 17.
 */
class VatDisplayApiIT {

    private static long minor(JsonObject o, String field) {
        return o.getJsonObject(field).getJsonNumber("amountMinor").longValue();
    }

    private static HttpResponse<String> quote(TestAccounts.LoggedIn customer, String country) {
        return Http.call("POST", "/api/v1/checkout/quote", customer.accessToken(), TestShopping.checkoutBody(country));
    }

    @Test
    void toAnInclusiveCountryCheckoutShowsGrossPricesAndChargesExactlyTheTotalShown() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("VAT-D", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 3);

        JsonObject quote = Http.json(quote(customer, "DE"));
        HttpResponse<String> placed = TestShopping.checkout(customer, TestShopping.checkoutBody("DE"), null);

        assertTrue(quote.getBoolean("pricesIncludeTax"), quote.toString());
        assertEquals("19 %", quote.getString("taxRate"));
        JsonObject line = quote.getJsonArray("shops").getJsonObject(0).getJsonArray("lines").getJsonObject(0);
        // 199.00 NOK net + 19 % = 236.81 NOK a unit, shown and charged
        assertEquals(23681, minor(line, "unitPrice"));
        assertEquals(3 * 23681, minor(line, "amount"));
        assertEquals(minor(quote, "total"), minor(quote, "items") - minor(quote, "discount") + minor(quote, "shipping"),
                "the total is the sum of what is shown");
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed).getJsonObject("order");
        assertEquals(minor(quote, "total"), minor(order, "total"), "charged what was shown");
        assertEquals(minor(quote, "tax"), minor(order, "tax"));
        assertEquals(3 * 19900, minor(order, "items"), "the order keeps the net goods");
        assertEquals(minor(order, "total"), minor(order, "items") - minor(order, "discount") + minor(order, "shipping") + minor(order, "tax"));
    }

    @Test
    void toACountryWithoutInclusivePricesTheTaxComesOnTop() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("VAT-N", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 1);

        JsonObject quote = Http.json(quote(customer, "US"));

        assertFalse(quote.getBoolean("pricesIncludeTax"));
        assertEquals(19900, minor(quote.getJsonArray("shops").getJsonObject(0).getJsonArray("lines").getJsonObject(0), "unitPrice"));
        assertEquals(minor(quote, "total"), minor(quote, "items") + minor(quote, "shipping") + minor(quote, "tax"));
    }

    @Test
    void anAdminSwitchesInclusivePricesForACountry() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("VAT-A", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 1);
        TestAccounts.LoggedIn admin = TestAccounts.admin();
        assertFalse(Http.json(quote(customer, "JP")).getBoolean("pricesIncludeTax"));
        try {
            HttpResponse<String> switched = Http.withToken("PUT", "/api/v1/admin/tax-rates/JP", admin.accessToken(),
                    Json.createObjectBuilder().add("percent", "10").add("pricesIncludeTax", true).build().toString());
            assertEquals(200, switched.statusCode(), switched.body());
            assertTrue(Http.json(switched).getBoolean("pricesIncludeTax"));

            JsonObject quote = Http.json(quote(customer, "JP"));

            assertTrue(quote.getBoolean("pricesIncludeTax"));
            // 199.00 + 10 % = 218.90 NOK
            assertEquals(21890, minor(quote.getJsonArray("shops").getJsonObject(0).getJsonArray("lines").getJsonObject(0), "unitPrice"));
            HttpResponse<String> rateOnly = Http.withToken("PUT", "/api/v1/admin/tax-rates/JP", admin.accessToken(),
                    Json.createObjectBuilder().add("percent", "10").build().toString());
            assertTrue(Http.json(rateOnly).getBoolean("pricesIncludeTax"), "left out, the setting stays");
        } finally {
            Http.withToken("PUT", "/api/v1/admin/tax-rates/JP", admin.accessToken(),
                    Json.createObjectBuilder().add("percent", "10").add("pricesIncludeTax", false).build().toString());
        }
    }
}
