package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.contentType;
import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/** Applying to sell (/api/v1/vendors), admins' decisions (/api/v1/admin/vendors) and public shop profiles. */
class VendorsApiIT {

    private static final String VENDORS = "/api/v1/vendors";
    private static final String ADMIN_VENDORS = "/api/v1/admin/vendors";

    @Test
    void anApplicationWaitsAsPendingAndItsShopIsNotPublicYet() {
        TestAccounts.LoggedIn applicant = TestAccounts.registeredAndLoggedIn("applicant");
        String slug = uniqueSlug();

        HttpResponse<String> filed = withToken("POST", VENDORS, applicant.accessToken(), application(slug));

        assertEquals(201, filed.statusCode(), filed.body());
        assertEquals("PENDING", json(filed).getString("status"));
        assertEquals("PENDING", Database.single("select status from vendor where slug = ?", slug).orElseThrow());
        assertEquals(String.valueOf(applicant.id()), Database.single("select applicant_id from vendor where slug = ?", slug).orElseThrow());
        assertEquals(404, get(VENDORS + "/" + slug).statusCode());
        HttpResponse<String> mine = withToken("GET", "/api/v1/me/vendor-application", applicant.accessToken(), null);
        assertEquals(slug, json(mine).getString("slug"));
    }

    @Test
    void approvingMakesTheApplicantTheOwnerPublishesTheShopAndTellsThem() {
        TestAccounts.LoggedIn applicant = TestAccounts.registeredAndLoggedIn("applicant");
        String slug = uniqueSlug();
        long vendorId = file(applicant, slug);

        HttpResponse<String> approved = withToken("POST", ADMIN_VENDORS + "/" + vendorId + "/approve",
                TestAccounts.admin().accessToken(), null);

        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", json(approved).getString("status"));
        assertEquals("10 %", json(approved).getString("commission"));
        assertEquals("CUSTOMER,VENDOR_OWNER", Database.single(
                "select string_agg(role, ',' order by role) from user_role where user_id = ?", applicant.id()).orElseThrow());
        assertEquals(String.valueOf(vendorId), Database.single("select vendor_id from app_user where id = ?", applicant.id()).orElseThrow());
        HttpResponse<String> shop = get(VENDORS + "/" + slug);
        assertEquals(200, shop.statusCode(), shop.body());
        assertEquals("Fjord Ceramics", json(shop).getString("name"));
        assertTrue(!json(shop).containsKey("registrationNumber"), "business details stay private: " + shop.body());
        Database.awaitEvent("vendor.approved", String.valueOf(vendorId));
        assertTrue(Mailbox.awaitMail(applicant.email(), 2).subject().contains("is approved"));
        HttpResponse<String> ownerNow = withToken("GET", "/api/v1/me",
                TestAccounts.logIn(applicant.id(), applicant.email(), TestAccounts.PASSWORD).accessToken(), null);
        assertTrue(json(ownerNow).getJsonArray("roles").toString().contains("VENDOR_OWNER"), ownerNow.body());
    }

    @Test
    void aRejectionNeedsAReasonAndTheApplicantMayApplyAgain() {
        TestAccounts.LoggedIn applicant = TestAccounts.registeredAndLoggedIn("applicant");
        long vendorId = file(applicant, uniqueSlug());
        String admin = TestAccounts.admin().accessToken();

        HttpResponse<String> noReason = withToken("POST", ADMIN_VENDORS + "/" + vendorId + "/reject", admin, "{}");
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals("PENDING", Database.single("select status from vendor where id = ?", vendorId).orElseThrow());

        HttpResponse<String> rejected = withToken("POST", ADMIN_VENDORS + "/" + vendorId + "/reject", admin,
                Json.createObjectBuilder().add("reason", "We could not find the registration number").build().toString());
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("REJECTED", json(rejected).getString("status"));
        assertTrue(Mailbox.awaitMail(applicant.email(), 2).body().contains("We could not find the registration number"));
        assertEquals("CUSTOMER", Database.single("select string_agg(role, ',') from user_role where user_id = ?", applicant.id()).orElseThrow());

        HttpResponse<String> again = withToken("POST", VENDORS, applicant.accessToken(), application(uniqueSlug()));
        assertEquals(201, again.statusCode(), again.body());
    }

    @Test
    void suspendingAShopTakesItsProductsOffTheApiAtOnceAndReinstatingBringsThemBack() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String admin = TestAccounts.admin().accessToken();
        long productId = VendorProductsApiIT.create(shop, "BOWL");
        withToken("POST", "/api/v1/vendor/products/" + productId + "/submit", shop.owner().accessToken(), null);
        withToken("POST", "/api/v1/admin/products/" + productId + "/approve", admin, null);
        assertEquals(200, get("/api/v1/products/" + productId).statusCode());

        HttpResponse<String> suspended = withToken("POST", ADMIN_VENDORS + "/" + shop.vendorId() + "/suspend", admin,
                Json.createObjectBuilder().add("reason", "Unpaid fees").build().toString());

        assertEquals(200, suspended.statusCode(), suspended.body());
        assertEquals(404, get("/api/v1/products/" + productId).statusCode());
        assertEquals(404, get(VENDORS + "/" + shop.slug()).statusCode());
        assertTrue(Mailbox.awaitMail(shop.owner().email(), 3).body().contains("Unpaid fees"));
        Database.awaitEvent("vendor.suspended", String.valueOf(shop.vendorId()));

        HttpResponse<String> reinstated = withToken("POST", ADMIN_VENDORS + "/" + shop.vendorId() + "/reinstate", admin, null);
        assertEquals(200, reinstated.statusCode(), reinstated.body());
        assertEquals(200, get("/api/v1/products/" + productId).statusCode());
    }

    @Test
    void aTakenSlugOrASecondApplicationIsAConflictAndWritesNothing() {
        TestAccounts.LoggedIn first = TestAccounts.registeredAndLoggedIn("applicant");
        TestAccounts.LoggedIn second = TestAccounts.registeredAndLoggedIn("applicant");
        String slug = uniqueSlug();
        file(first, slug);

        HttpResponse<String> takenSlug = withToken("POST", VENDORS, second.accessToken(), application(slug.toUpperCase()));
        HttpResponse<String> secondApplication = withToken("POST", VENDORS, first.accessToken(), application(uniqueSlug()));
        HttpResponse<String> demoSlug = withToken("POST", VENDORS, second.accessToken(), application("nordic-kitchen"));

        assertEquals(409, takenSlug.statusCode(), takenSlug.body());
        assertEquals("application/problem+json", contentType(takenSlug));
        assertEquals("is taken by another shop", Http.fieldErrors(takenSlug).get("slug"));
        assertEquals(409, secondApplication.statusCode(), secondApplication.body());
        assertEquals(409, demoSlug.statusCode(), demoSlug.body());
        assertEquals(0, Database.count("select count(*) from vendor where applicant_id = ?", second.id()));
        assertEquals(1, Database.count("select count(*) from vendor where applicant_id = ?", first.id()));
    }

    @Test
    void anInvalidApplicationIsA422ListingEachFieldAndWritesNothing() {
        TestAccounts.LoggedIn applicant = TestAccounts.registeredAndLoggedIn("applicant");

        HttpResponse<String> invalid = withToken("POST", VENDORS, applicant.accessToken(), Json.createObjectBuilder()
                .add("shopName", "").add("slug", "Bad Slug!").add("contactEmail", "not-an-address")
                .add("country", "ZZ").add("payoutCurrency", "XYZW").build().toString());

        assertEquals(422, invalid.statusCode(), invalid.body());
        Map<String, String> errors = Http.fieldErrors(invalid);
        assertEquals(Set.of("shopName", "slug", "legalName", "registrationNumber", "contactEmail", "country",
                "payoutCurrency"), errors.keySet());
        assertEquals(0, Database.count("select count(*) from vendor where applicant_id = ?", applicant.id()));
    }

    @Test
    void applyingNeedsASignInAndDecidingNeedsAPlatformAdmin() {
        TestAccounts.LoggedIn applicant = TestAccounts.registeredAndLoggedIn("applicant");
        long vendorId = file(applicant, uniqueSlug());
        TestAccounts.LoggedIn vendorOwner = TestAccounts.logIn(0, "owner@nordic-kitchen.test", "bazaar-demo-2026");

        HttpResponse<String> anonymous = Http.post(VENDORS, "application/json", application(uniqueSlug()));
        HttpResponse<String> selfApproval = withToken("POST", ADMIN_VENDORS + "/" + vendorId + "/approve", applicant.accessToken(), null);
        HttpResponse<String> ownerApproval = withToken("POST", ADMIN_VENDORS + "/" + vendorId + "/approve", vendorOwner.accessToken(), null);
        HttpResponse<String> ownerList = withToken("GET", ADMIN_VENDORS + "?status=PENDING", vendorOwner.accessToken(), null);

        assertEquals(401, anonymous.statusCode());
        assertEquals(403, selfApproval.statusCode());
        assertEquals(403, ownerApproval.statusCode());
        assertEquals(403, ownerList.statusCode());
        assertEquals("PENDING", Database.single("select status from vendor where id = ?", vendorId).orElseThrow());
    }

    @Test
    void theQueueListsPendingApplicationsAndRejectsUnknownStatuses() {
        TestAccounts.LoggedIn applicant = TestAccounts.registeredAndLoggedIn("applicant");
        String slug = uniqueSlug();
        file(applicant, slug);
        String admin = TestAccounts.admin().accessToken();

        HttpResponse<String> queue = withToken("GET", ADMIN_VENDORS + "?status=pending&q=" + slug, admin, null);
        HttpResponse<String> unknown = withToken("GET", ADMIN_VENDORS + "?status=OPEN", admin, null);

        assertEquals(200, queue.statusCode(), queue.body());
        assertEquals(1, json(queue).getJsonNumber("totalItems").longValue());
        assertEquals(slug, json(queue).getJsonArray("items").getJsonObject(0).getString("slug"));
        assertEquals(400, unknown.statusCode(), unknown.body());
    }

    @Test
    void anAdminSetsAShopsCommissionAndBadRatesAreRefused() {
        TestAccounts.LoggedIn applicant = TestAccounts.registeredAndLoggedIn("applicant");
        long vendorId = file(applicant, uniqueSlug());
        String admin = TestAccounts.admin().accessToken();

        HttpResponse<String> set = withToken("PUT", ADMIN_VENDORS + "/" + vendorId + "/commission", admin, "{\"percent\":\"12.5\"}");
        HttpResponse<String> tooHigh = withToken("PUT", ADMIN_VENDORS + "/" + vendorId + "/commission", admin, "{\"percent\":\"120\"}");

        assertEquals(200, set.statusCode(), set.body());
        assertEquals("12.5 %", json(set).getString("commission"));
        assertEquals("1250", Database.single("select commission_bps from vendor where id = ?", vendorId).orElseThrow());
        assertEquals(422, tooHigh.statusCode(), tooHigh.body());
        assertEquals("1250", Database.single("select commission_bps from vendor where id = ?", vendorId).orElseThrow());
    }

    @Test
    void anUnknownShopIsA404ProblemAndADemoShopIsPublic() {
        HttpResponse<String> unknown = get(VENDORS + "/no-such-shop");
        HttpResponse<String> demo = get(VENDORS + "/kyoto-tea");

        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", contentType(unknown));
        assertEquals(200, demo.statusCode(), demo.body());
        assertEquals("Kyoto Tea House", json(demo).getString("name"));
    }

    private static long file(TestAccounts.LoggedIn applicant, String slug) {
        HttpResponse<String> filed = withToken("POST", VENDORS, applicant.accessToken(), application(slug));
        assertEquals(201, filed.statusCode(), filed.body());
        return json(filed).getJsonNumber("id").longValue();
    }

    static String uniqueSlug() {
        return "shop-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String application(String slug) {
        return Json.createObjectBuilder()
                .add("shopName", "Fjord Ceramics").add("slug", slug).add("legalName", "Fjord Ceramics AS")
                .add("registrationNumber", "NO-912345678").add("contactEmail", "hello@fjord.test")
                .add("contactPhone", "+47 22 00 00 00").add("country", "NO").add("payoutCurrency", "NOK")
                .build().toString();
    }
}
