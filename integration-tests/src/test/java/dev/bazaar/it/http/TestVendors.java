package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.http.HttpResponse;

import jakarta.json.Json;

/** Shops for tests, made the way people make them: an application through the API, approved by the demo admin. */
public final class TestVendors {

    /** An approved shop (paid out in NOK) and its owner, signed in again so the token carries VENDOR_OWNER. */
    public record Shop(long vendorId, String slug, TestAccounts.LoggedIn owner) {
    }

    private TestVendors() {
    }

    public static Shop approvedShop() {
        return approvedShop(null);
    }

    /** An approved shop called {@code shopName} (as its owner typed it), or the usual name when null. */
    public static Shop approvedShop(String shopName) {
        TestAccounts.LoggedIn applicant = TestAccounts.registeredAndLoggedIn("owner");
        String slug = VendorsApiIT.uniqueSlug();
        String application = VendorsApiIT.application(slug);
        if (shopName != null) {
            application = Json.createObjectBuilder(Json.createReader(new StringReader(application)).readObject())
                    .add("shopName", shopName).build().toString();
        }
        HttpResponse<String> filed = Http.withToken("POST", "/api/v1/vendors", applicant.accessToken(), application);
        assertEquals(201, filed.statusCode(), filed.body());
        long vendorId = Http.json(filed).getJsonNumber("id").longValue();
        HttpResponse<String> approved = Http.withToken("POST", "/api/v1/admin/vendors/" + vendorId + "/approve",
                TestAccounts.admin().accessToken(), null);
        assertEquals(200, approved.statusCode(), approved.body());
        return new Shop(vendorId, slug, TestAccounts.logIn(applicant.id(), applicant.email(), TestAccounts.PASSWORD));
    }
}
