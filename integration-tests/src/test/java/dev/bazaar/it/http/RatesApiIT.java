package dev.bazaar.it.http;

import static dev.bazaar.it.http.CheckoutApiIT.minor;
import static dev.bazaar.it.http.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * /api/v1/vendor/shipping-rates, /api/v1/admin/tax-rates and /api/v1/admin/shipping-rates: shops set
 * their standard delivery, admins keep tax per country and the default delivery, and checkout's quote
 * charges what they set. Seeded rates are shared by every test: what a test changes it puts back.
 */
class RatesApiIT {

    private static final String NOK = "/api/v1/vendor/shipping-rates/NOK";

    @Test
    void aShopsOwnRateIsWhatItsOrdersPayFreeFromItsThresholdAndOtherShopsKeepTheDefault() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("RA", 5);
        TestShopping.StockedShop other = TestShopping.stockedShop("RB", 5);

        HttpResponse<String> set = put(NOK, shop.shop().owner().accessToken(), "{\"flatRate\":\"29\",\"freeOver\":\"300\"}");

        assertEquals(200, set.statusCode(), set.body());
        assertEquals("SHOP", json(set).getString("source"));
        assertEquals(2900, minor(json(set), "flatRate"));
        assertEquals(30000, minor(json(set), "freeOver"));
        assertEquals("2900|30000", ownRate(shop));
        // 1 × 199 NOK is under the threshold; 2 × 249 NOK reaches it; the other shop charges the default 49 NOK
        assertEquals(2900, quotedShipping(TestShopping.customerWith(shop.small(), 1), "NO"));
        assertEquals(0, quotedShipping(TestShopping.customerWith(shop.large(), 2), "NO"));
        assertEquals(4900, quotedShipping(TestShopping.customerWith(other.small(), 1), "NO"));
        JsonObject listed = rateIn(Http.getWithToken("/api/v1/vendor/shipping-rates", shop.shop().owner().accessToken()), "NOK");
        assertEquals("SHOP", listed.getString("source"));
        assertEquals("PLATFORM", rateIn(Http.getWithToken("/api/v1/vendor/shipping-rates", shop.shop().owner().accessToken()), "EUR")
                .getString("source"));
        assertEquals("PLATFORM", rateIn(Http.getWithToken("/api/v1/vendor/shipping-rates", other.shop().owner().accessToken()), "NOK")
                .getString("source"));
    }

    @Test
    void removingTheShopsRateBringsBackTheDefault() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("RD", 5);
        String owner = shop.shop().owner().accessToken();
        assertEquals(200, put(NOK, owner, "{\"flatRate\":\"0\"}").statusCode());
        assertEquals(0, quotedShipping(TestShopping.customerWith(shop.small(), 1), "NO"), "free delivery: a flat rate of 0");

        HttpResponse<String> removed = Http.call("DELETE", NOK, owner, null);
        HttpResponse<String> again = Http.call("DELETE", NOK, owner, null);

        assertEquals(204, removed.statusCode(), removed.body());
        assertEquals(404, again.statusCode(), again.body());
        assertEquals(0, Database.count("select count(*) from shipping_rate where vendor_id = ?", shop.shop().vendorId()));
        assertEquals(4900, quotedShipping(TestShopping.customerWith(shop.small(), 1), "NO"));
        JsonObject nok = rateIn(Http.getWithToken("/api/v1/vendor/shipping-rates", owner), "NOK");
        assertEquals("PLATFORM", nok.getString("source"));
        assertEquals(4900, minor(nok, "flatRate"));
    }

    @Test
    void staffReadTheRatesButOnlyOwnersAndManagersChangeThem() {
        TestAccounts.LoggedIn staff = TestAccounts.logIn(0, "staff@nordic-kitchen.test", "bazaar-demo-2026");
        TestAccounts.LoggedIn customer = TestAccounts.registeredAndLoggedIn("rateless");
        String staffShop = "(select vendor_id from app_user where email = 'staff@nordic-kitchen.test')";
        long ratesBefore = Database.count("select count(*) from shipping_rate where vendor_id = " + staffShop);
        String body = "{\"flatRate\":\"1\"}";

        HttpResponse<String> staffReads = Http.getWithToken("/api/v1/vendor/shipping-rates", staff.accessToken());

        assertEquals(200, staffReads.statusCode(), staffReads.body());
        assertTrue(Http.jsonArray(staffReads).size() >= 5, staffReads.body());
        assertEquals(403, put(NOK, staff.accessToken(), body).statusCode());
        assertEquals(403, Http.call("DELETE", NOK, staff.accessToken(), null).statusCode());
        assertEquals(403, Http.getWithToken("/api/v1/vendor/shipping-rates", customer.accessToken()).statusCode());
        assertEquals(403, put(NOK, customer.accessToken(), body).statusCode());
        assertEquals(401, Http.call("GET", "/api/v1/vendor/shipping-rates", null, null).statusCode());
        assertEquals(401, Http.call("PUT", NOK, null, body).statusCode());
        assertEquals(ratesBefore, Database.count("select count(*) from shipping_rate where vendor_id = " + staffShop));
    }

    @Test
    void badShippingRatesAreRefusedFieldByFieldAndChangeNothing() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String owner = shop.owner().accessToken();
        assertEquals(200, put(NOK, owner, "{\"flatRate\":\"29\",\"freeOver\":\"300\"}").statusCode());

        HttpResponse<String> negative = put(NOK, owner, "{\"flatRate\":\"-5\",\"freeOver\":\"-1\"}");
        HttpResponse<String> thresholdTooPrecise = put(NOK, owner, "{\"flatRate\":\"30\",\"freeOver\":\"300.555\"}");
        HttpResponse<String> thresholdNotAnAmount = put(NOK, owner, "{\"flatRate\":\"30\",\"freeOver\":\"lots\"}");
        HttpResponse<String> noFlatRate = put(NOK, owner, "{\"freeOver\":\"100\"}");
        HttpResponse<String> unknownCurrency = put("/api/v1/vendor/shipping-rates/ABC", owner, "{\"flatRate\":\"5\"}");

        assertEquals(422, negative.statusCode(), negative.body());
        assertEquals(Set.of("flatRate", "freeOver"), Http.fieldErrors(negative).keySet());
        assertEquals("The flat rate must be zero or more", Http.fieldErrors(negative).get("flatRate"));
        assertEquals(422, thresholdTooPrecise.statusCode(), thresholdTooPrecise.body());
        assertEquals(Set.of("freeOver"), Http.fieldErrors(thresholdTooPrecise).keySet());
        assertEquals(422, thresholdNotAnAmount.statusCode(), thresholdNotAnAmount.body());
        assertEquals(Set.of("freeOver"), Http.fieldErrors(thresholdNotAnAmount).keySet());
        assertEquals(422, noFlatRate.statusCode(), noFlatRate.body());
        assertEquals(Set.of("flatRate"), Http.fieldErrors(noFlatRate).keySet());
        assertEquals(422, unknownCurrency.statusCode(), unknownCurrency.body());
        assertEquals(Set.of("currency"), Http.fieldErrors(unknownCurrency).keySet());
        assertTrue(Http.contentType(unknownCurrency).startsWith("application/problem+json"), Http.contentType(unknownCurrency));
        assertEquals("2900|30000", ownRate(shop.vendorId()));
        assertEquals(1, Database.count("select count(*) from shipping_rate where vendor_id = ?", shop.vendorId()));
    }

    @Test
    void anAdminOpensDeliveriesToACountryAtItsTaxRateAndRemovingItClosesThem() {
        TestShopping.StockedShop shop = TestShopping.stockedShop("RT", 5);
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 1);
        String admin = TestAccounts.admin().accessToken();
        try {
            HttpResponse<String> before = quote(customer, "LU");
            assertEquals(422, before.statusCode(), before.body());
            assertTrue(Http.fieldErrors(before).containsKey("shippingAddress.country"), before.body());

            HttpResponse<String> added = put("/api/v1/admin/tax-rates/lu", admin, "{\"percent\":\"17\"}");

            assertEquals(200, added.statusCode(), added.body());
            assertEquals("LU", json(added).getString("country"));
            assertEquals("Luxembourg", json(added).getString("countryName"));
            assertEquals(1700, json(added).getInt("basisPoints"));
            assertEquals("17 %", json(added).getString("percent"));
            assertTrue(Http.jsonArray(Http.getWithToken("/api/v1/admin/tax-rates", admin)).stream()
                    .anyMatch(r -> r.asJsonObject().getString("country").equals("LU")));
            JsonObject taxed = json(quote(customer, "LU"));
            assertEquals("17 %", taxed.getString("taxRate"));
            assertEquals(4216, minor(taxed, "tax"), taxed.toString()); // 17 % of 199 + 49 NOK shipping

            HttpResponse<String> changed = put("/api/v1/admin/tax-rates/LU", admin, "{\"percent\":\"16.5\"}");

            assertEquals(200, changed.statusCode(), changed.body());
            assertEquals("16.5 %", json(quote(customer, "LU")).getString("taxRate"));
            assertEquals("1650", Database.single("select rate_bps from tax_rate where country = 'LU'").orElseThrow());

            HttpResponse<String> removed = Http.call("DELETE", "/api/v1/admin/tax-rates/LU", admin, null);
            HttpResponse<String> after = quote(customer, "LU");

            assertEquals(204, removed.statusCode(), removed.body());
            assertEquals(404, Http.call("DELETE", "/api/v1/admin/tax-rates/LU", admin, null).statusCode());
            assertEquals(422, after.statusCode(), after.body());
            assertTrue(Http.fieldErrors(after).containsKey("shippingAddress.country"), after.body());
            assertEquals(0, Database.count("select count(*) from tax_rate where country = 'LU'"));
        } finally {
            Database.update("delete from tax_rate where country = 'LU'");
        }
    }

    @Test
    void badTaxRatesAreRefusedFieldByFieldAndChangeNothing() {
        String admin = TestAccounts.admin().accessToken();

        HttpResponse<String> neither = put("/api/v1/admin/tax-rates/XX1", admin, "{\"percent\":\"101\"}");
        HttpResponse<String> tooPrecise = put("/api/v1/admin/tax-rates/DE", admin, "{\"percent\":\"19.125\"}");
        HttpResponse<String> notANumber = put("/api/v1/admin/tax-rates/DE", admin, "{\"percent\":\"nineteen\"}");
        HttpResponse<String> missing = put("/api/v1/admin/tax-rates/CH", admin, "{}");
        HttpResponse<String> unknownCountry = Http.call("DELETE", "/api/v1/admin/tax-rates/XX1", admin, null);

        assertEquals(422, neither.statusCode(), neither.body());
        assertEquals(Set.of("country", "percent"), Http.fieldErrors(neither).keySet());
        assertEquals("The tax rate must be between 0 and 100 %", Http.fieldErrors(neither).get("percent"));
        assertEquals(422, tooPrecise.statusCode(), tooPrecise.body());
        assertEquals(Set.of("percent"), Http.fieldErrors(tooPrecise).keySet());
        assertEquals(422, notANumber.statusCode(), notANumber.body());
        assertEquals(422, missing.statusCode(), missing.body());
        assertEquals(Set.of("percent"), Http.fieldErrors(missing).keySet());
        assertEquals(422, unknownCountry.statusCode(), unknownCountry.body());
        assertEquals("1900", Database.single("select rate_bps from tax_rate where country = 'DE'").orElseThrow());
        assertEquals(0, Database.count("select count(*) from tax_rate where country in ('XX', 'CH')"));
    }

    @Test
    void theDefaultAnAdminSetsIsChargedByShopsWithoutTheirOwnRate() {
        TestShopping.StockedShop plain = TestShopping.stockedShop("RP", 5);
        TestShopping.StockedShop own = TestShopping.stockedShop("RO", 5);
        assertEquals(200, put(NOK, own.shop().owner().accessToken(), "{\"flatRate\":\"29\"}").statusCode());
        String admin = TestAccounts.admin().accessToken();
        String seeded = Database.single("select flat_amount || '|' || free_over_amount from shipping_rate"
                + " where vendor_id is null and currency = 'NOK'").orElseThrow();
        try {
            HttpResponse<String> set = put("/api/v1/admin/shipping-rates/nok", admin, "{\"flatRate\":\"59\",\"freeOver\":\"800\"}");

            assertEquals(200, set.statusCode(), set.body());
            assertEquals("PLATFORM", json(set).getString("source"));
            assertEquals(5900, minor(rateIn(Http.getWithToken("/api/v1/admin/shipping-rates", admin), "NOK"), "flatRate"));
            // 2 × 249 NOK: free under the old default (from 600 NOK), not under the new one (from 800 NOK)
            assertEquals(5900, quotedShipping(TestShopping.customerWith(plain.large(), 2), "NO"));
            assertEquals(2900, quotedShipping(TestShopping.customerWith(own.large(), 2), "NO"));
        } finally {
            String[] amounts = seeded.split("\\|");
            Database.update("update shipping_rate set flat_amount = ?, free_over_amount = ? where vendor_id is null and currency = 'NOK'",
                    Long.parseLong(amounts[0]), Long.parseLong(amounts[1]));
        }
        assertEquals(seeded, Database.single("select flat_amount || '|' || free_over_amount from shipping_rate"
                + " where vendor_id is null and currency = 'NOK'").orElseThrow());
    }

    @Test
    void shopsCannotTouchTaxRatesOrTheDefaultShipping() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String owner = shop.owner().accessToken();

        assertEquals(403, Http.getWithToken("/api/v1/admin/tax-rates", owner).statusCode());
        assertEquals(403, put("/api/v1/admin/tax-rates/PT", owner, "{\"percent\":\"5\"}").statusCode());
        assertEquals(403, Http.call("DELETE", "/api/v1/admin/tax-rates/DE", owner, null).statusCode());
        assertEquals(403, put("/api/v1/admin/shipping-rates/EUR", owner, "{\"flatRate\":\"0\"}").statusCode());
        assertEquals(401, Http.call("DELETE", "/api/v1/admin/tax-rates/DE", null, null).statusCode());
        assertEquals(401, Http.call("GET", "/api/v1/admin/shipping-rates", null, null).statusCode());
        assertEquals("1900", Database.single("select rate_bps from tax_rate where country = 'DE'").orElseThrow());
        assertEquals(0, Database.count("select count(*) from tax_rate where country = 'PT'"));
        assertEquals("495", Database.single("select flat_amount from shipping_rate where vendor_id is null and currency = 'EUR'")
                .orElseThrow());
    }

    private static HttpResponse<String> put(String path, String token, String body) {
        return Http.call("PUT", path, token, body);
    }

    private static HttpResponse<String> quote(TestAccounts.LoggedIn customer, String country) {
        return Http.call("POST", "/api/v1/checkout/quote", customer.accessToken(), TestShopping.checkoutBody(country));
    }

    private static long quotedShipping(TestAccounts.LoggedIn customer, String country) {
        HttpResponse<String> quote = quote(customer, country);
        assertEquals(200, quote.statusCode(), quote.body());
        return minor(json(quote), "shipping");
    }

    private static JsonObject rateIn(HttpResponse<String> rates, String currency) {
        assertEquals(200, rates.statusCode(), rates.body());
        return Http.jsonArray(rates).stream().map(JsonObject.class::cast)
                .filter(rate -> rate.getString("currency").equals(currency)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + currency + " rate in " + rates.body()));
    }

    private static String ownRate(TestShopping.StockedShop shop) {
        return ownRate(shop.shop().vendorId());
    }

    private static String ownRate(long vendorId) {
        return Database.single("select flat_amount || '|' || coalesce(free_over_amount::text, '-') from shipping_rate"
                + " where vendor_id = ? and currency = 'NOK'", vendorId).orElseThrow();
    }
}
