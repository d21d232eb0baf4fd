package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** /api/v1/admin/coupons and /api/v1/vendor/coupons: who makes which coupons, and what a coupon must be. */
class CouponsApiIT {

    @Test
    void aShopMakesItsOwnCouponsAndSeesOnlyThose() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        TestVendors.Shop other = TestVendors.approvedShop();
        String code = code("SHOP");

        HttpResponse<String> made = withToken("POST", "/api/v1/vendor/coupons", shop.owner().accessToken(),
                "{\"code\":\"" + code.toLowerCase() + "\",\"kind\":\"FIXED\",\"amount\":\"25\",\"currency\":\"NOK\",\"maxUsesPerCustomer\":1}");

        assertEquals(201, made.statusCode(), made.body());
        assertEquals(code, json(made).getString("code"), "codes are kept in capitals");
        assertEquals(shop.vendorId(), json(made).getJsonNumber("vendorId").longValue());
        assertEquals(2500, json(made).getJsonObject("amount").getJsonNumber("amountMinor").longValue());
        assertEquals(1, Http.jsonArray(Http.getWithToken("/api/v1/vendor/coupons", shop.owner().accessToken())).size());
        assertEquals(0, Http.jsonArray(Http.getWithToken("/api/v1/vendor/coupons", other.owner().accessToken())).size());
        assertEquals(shop.vendorId() + "", Database.single("select vendor_id from coupon where code = ?", code).orElseThrow());
    }

    @Test
    void aBrokenCouponIsRefusedFieldByFieldAndATakenCodeIsAConflict() {
        String admin = TestAccounts.admin().accessToken();
        String code = code("DUP");
        assertEquals(201, withToken("POST", "/api/v1/admin/coupons", admin,
                "{\"code\":\"" + code + "\",\"kind\":\"PERCENT\",\"percent\":\"12.5\"}").statusCode());

        HttpResponse<String> taken = withToken("POST", "/api/v1/admin/coupons", admin,
                "{\"code\":\"" + code + "\",\"kind\":\"PERCENT\",\"percent\":\"5\"}");
        HttpResponse<String> broken = withToken("POST", "/api/v1/admin/coupons", admin,
                "{\"code\":\"x\",\"kind\":\"PERCENT\",\"percent\":\"150\",\"startsAt\":\"2026-12-01T00:00:00Z\",\"endsAt\":\"2026-11-01T00:00:00Z\"}");
        HttpResponse<String> unreadable = withToken("POST", "/api/v1/admin/coupons", admin,
                "{\"code\":\"FINE-CODE\",\"kind\":\"FIXED\",\"amount\":\"ten\",\"currency\":\"EUR\",\"endsAt\":\"soon\"}");

        assertEquals(409, taken.statusCode(), taken.body());
        assertEquals(422, broken.statusCode(), broken.body());
        assertEquals(Set.of("code", "percent", "endsAt"), Http.fieldErrors(broken).keySet());
        assertEquals(422, unreadable.statusCode(), unreadable.body());
        assertEquals(Set.of("amount", "endsAt"), Http.fieldErrors(unreadable).keySet());
        assertEquals(1, Database.count("select count(*) from coupon where code = ?", code));
        assertEquals(0, Database.count("select count(*) from coupon where code in ('X', 'FINE-CODE')"));
    }

    @Test
    void onlyAdminsMakePlatformCouponsAndOnlyOwnersAndManagersMakeShopCoupons() {
        TestAccounts.LoggedIn staff = TestAccounts.logIn(0, "staff@nordic-kitchen.test", "bazaar-demo-2026");
        TestAccounts.LoggedIn customer = TestAccounts.registeredAndLoggedIn("couponless");
        TestVendors.Shop shop = TestVendors.approvedShop();
        String body = "{\"code\":\"" + code("NOPE") + "\",\"kind\":\"PERCENT\",\"percent\":\"10\"}";

        assertEquals(403, withToken("POST", "/api/v1/vendor/coupons", staff.accessToken(), body).statusCode());
        assertEquals(403, withToken("POST", "/api/v1/vendor/coupons", customer.accessToken(), body).statusCode());
        assertEquals(403, withToken("POST", "/api/v1/admin/coupons", shop.owner().accessToken(), body).statusCode());
        assertEquals(401, Http.call("POST", "/api/v1/admin/coupons", null, body).statusCode());
        assertTrue(Http.jsonArray(Http.getWithToken("/api/v1/admin/coupons", TestAccounts.admin().accessToken())).stream()
                .noneMatch(c -> c.asJsonObject().containsKey("vendorId")), "platform coupons belong to no shop");
        assertEquals(0, Database.count("select count(*) from coupon where created_by in (?, ?, ?)",
                staff.email(), customer.email(), shop.owner().email()));
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
