package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

/** Shops for tests, made the way people make them: an application through the API, approved by the demo admin. */
public final class TestVendors {

    /** An approved shop (paid out in NOK) and its owner, signed in again so the token carries VENDOR_OWNER. */
    public record Shop(long vendorId, String slug, TestAccounts.LoggedIn owner) {
    }

    private TestVendors() {
    }

    public static Shop approvedShop() {
        TestAccounts.LoggedIn applicant = TestAccounts.registeredAndLoggedIn("owner");
        String slug = VendorsApiIT.uniqueSlug();
        HttpResponse<String> filed = Http.withToken("POST", "/api/v1/vendors", applicant.accessToken(), VendorsApiIT.application(slug));
        assertEquals(201, filed.statusCode(), filed.body());
        long vendorId = Http.json(filed).getJsonNumber("id").longValue();
        HttpResponse<String> approved = Http.withToken("POST", "/api/v1/admin/vendors/" + vendorId + "/approve",
                TestAccounts.admin().accessToken(), null);
        assertEquals(200, approved.statusCode(), approved.body());
        return new Shop(vendorId, slug, TestAccounts.logIn(applicant.id(), applicant.email(), TestAccounts.PASSWORD));
    }
}
