package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/** /api/v1/vendor/stock-locations and a variant's stock: adjustments, movements, limits and low-stock events. */
class VendorStockApiIT {

    @Test
    void aDeliveryRaisesStockAndWritesAMovementWithWhoAndWhy() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long location = addLocation(shop, "Oslo warehouse");
        long variant = firstVariant(VendorProductsApiIT.create(shop, "STK"));

        HttpResponse<String> delivered = adjust(shop, variant, location, 12, "delivery from kiln");

        assertEquals(200, delivered.statusCode(), delivered.body());
        assertEquals(12, json(delivered).getInt("onHand"));
        assertEquals("delivery from kiln|12|" + shop.owner().email(), Database.single(
                "select reason || '|' || on_hand_delta || '|' || actor from stock_movement where variant_id = ?", variant).orElseThrow());
        HttpResponse<String> counted = withToken("PUT", "/api/v1/vendor/variants/" + variant + "/stock/" + location,
                shop.owner().accessToken(), "{\"onHand\":10,\"reason\":\"stock count\"}");
        assertEquals(10, json(counted).getInt("onHand"));
        assertEquals(2, Database.count("select count(*) from stock_movement where variant_id = ?", variant));
    }

    @Test
    void stockNeverGoesNegativeAndARefusedChangeWritesNothing() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long location = addLocation(shop, "Bergen shop");
        long variant = firstVariant(VendorProductsApiIT.create(shop, "NEG"));
        adjust(shop, variant, location, 2, "delivery");

        HttpResponse<String> tooMany = adjust(shop, variant, location, -3, "sold at a fair");
        HttpResponse<String> noReason = adjust(shop, variant, location, 1, " ");

        assertEquals(422, tooMany.statusCode(), tooMany.body());
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals("2", Database.single("select on_hand from stock_level where variant_id = ?", variant).orElseThrow());
        assertEquals(1, Database.count("select count(*) from stock_movement where variant_id = ?", variant));
    }

    @Test
    void theDatabaseItselfRefusesNegativeOrOverReservedStock() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long location = addLocation(shop, "Tromsø depot");
        long variant = firstVariant(VendorProductsApiIT.create(shop, "DBC"));
        adjust(shop, variant, location, 3, "delivery");

        assertThrows(AssertionError.class, () -> Database.update("update stock_level set on_hand = -1 where variant_id = ?", variant));
        assertThrows(AssertionError.class, () -> Database.update("update stock_level set reserved = 4 where variant_id = ?", variant));
        assertEquals("3|0", Database.single("select on_hand || '|' || reserved from stock_level where variant_id = ?", variant).orElseThrow());
    }

    @Test
    void lowStockIsAnnouncedOncePerCrossingOfTheThreshold() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long location = addLocation(shop, "Main");
        long variant = firstVariant(VendorProductsApiIT.create(shop, "LOW"));  // threshold 3
        adjust(shop, variant, location, 10, "delivery");

        adjust(shop, variant, location, -8, "sold");       // 2: crosses below
        adjust(shop, variant, location, -1, "sold");       // 1: still below, no second event
        adjust(shop, variant, location, 20, "delivery");   // 21: above again
        adjust(shop, variant, location, -19, "sold");      // 2: crosses below again

        Database.awaitEvent("inventory.low-stock", String.valueOf(variant));
        Thread.sleep(Duration.ofSeconds(2).toMillis());
        assertEquals(2, Database.count("select count(*) from event_log where event_type = 'inventory.low-stock' and aggregate_id = ?",
                String.valueOf(variant)));
    }

    @Test
    void staffAdjustStockButNeverAnotherShopsAndOnlyOwnersAddLocations() {
        TestVendors.Shop mine = TestVendors.approvedShop();
        TestVendors.Shop theirs = TestVendors.approvedShop();
        long myLocation = addLocation(mine, "Mine");
        long theirLocation = addLocation(theirs, "Theirs");
        long myVariant = firstVariant(VendorProductsApiIT.create(mine, "MINE"));
        long theirVariant = firstVariant(VendorProductsApiIT.create(theirs, "THEIRS"));

        assertEquals(404, adjust(mine, theirVariant, theirLocation, 5, "stealing").statusCode());
        assertEquals(404, adjust(mine, myVariant, theirLocation, 5, "wrong place").statusCode());
        assertEquals(404, withToken("GET", "/api/v1/vendor/variants/" + theirVariant + "/stock", mine.owner().accessToken(), null).statusCode());
        assertEquals(0, Database.count("select count(*) from stock_level where variant_id = ?", theirVariant));
        assertTrue(withToken("GET", "/api/v1/vendor/stock-locations", mine.owner().accessToken(), null).body().contains("Mine"));
        assertTrue(!withToken("GET", "/api/v1/vendor/stock-locations", mine.owner().accessToken(), null).body().contains("Theirs"));
        assertEquals(200, adjust(mine, myVariant, myLocation, 5, "delivery").statusCode());

        TestAccounts.LoggedIn staff = TestAccounts.logIn(0, "staff@nordic-kitchen.test", "bazaar-demo-2026");
        HttpResponse<String> staffLocation = withToken("POST", "/api/v1/vendor/stock-locations", staff.accessToken(),
                location("Staff room"));
        assertEquals(403, staffLocation.statusCode(), staffLocation.body());
        long nordicVariant = Long.parseLong(Database.single("select pv.id from product_variant pv join vendor v on v.id = pv.vendor_id"
                + " where v.slug = 'nordic-kitchen' order by pv.id limit 1").orElseThrow());
        long nordicLocation = Long.parseLong(Database.single("select l.id from stock_location l join vendor v on v.id = l.vendor_id"
                + " where v.slug = 'nordic-kitchen' order by l.id limit 1").orElseThrow());
        HttpResponse<String> staffAdjusts = withToken("POST", "/api/v1/vendor/variants/" + nordicVariant + "/stock-adjustments",
                staff.accessToken(), adjustment(nordicLocation, 1, "found one more in the back"));
        assertEquals(200, staffAdjusts.statusCode(), staffAdjusts.body());
    }

    @Test
    void aLocationNameIsUniqueInAShopAndItsAddressIsChecked() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        addLocation(shop, "Harbour");

        HttpResponse<String> again = withToken("POST", "/api/v1/vendor/stock-locations", shop.owner().accessToken(), location("harbour"));
        HttpResponse<String> invalid = withToken("POST", "/api/v1/vendor/stock-locations", shop.owner().accessToken(),
                "{\"name\":\"Somewhere\",\"country\":\"XX\"}");

        assertEquals(409, again.statusCode(), again.body());
        assertEquals(422, invalid.statusCode(), invalid.body());
        assertEquals(1, Database.count("select count(*) from stock_location where vendor_id = ?", shop.vendorId()));
    }

    static long addLocation(TestVendors.Shop shop, String name) {
        HttpResponse<String> added = withToken("POST", "/api/v1/vendor/stock-locations", shop.owner().accessToken(), location(name));
        assertEquals(201, added.statusCode(), added.body());
        return json(added).getJsonNumber("id").longValue();
    }

    private static String location(String name) {
        return Json.createObjectBuilder().add("name", name).add("line1", "Kaigata 1").add("city", "Oslo")
                .add("postalCode", "0150").add("country", "NO").build().toString();
    }

    static HttpResponse<String> adjust(TestVendors.Shop shop, long variant, long location, int delta, String reason) {
        return withToken("POST", "/api/v1/vendor/variants/" + variant + "/stock-adjustments", shop.owner().accessToken(),
                adjustment(location, delta, reason));
    }

    private static String adjustment(long location, int delta, String reason) {
        return Json.createObjectBuilder().add("locationId", location).add("delta", delta).add("reason", reason).build().toString();
    }

    private static long firstVariant(long productId) {
        return Long.parseLong(Database.single("select id from product_variant where product_id = ? order by position", productId).orElseThrow());
    }
}
