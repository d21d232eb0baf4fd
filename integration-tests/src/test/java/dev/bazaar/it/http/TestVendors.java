package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

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
        return approvedShop(shopName, "NOK");
    }

    /** An approved shop with the usual name, paid out (and so pricing its products) in {@code payoutCurrency}. */
    public static Shop approvedShopPaidIn(String payoutCurrency) {
        return approvedShop(null, payoutCurrency);
    }

    private static Shop approvedShop(String shopName, String payoutCurrency) {
        TestAccounts.LoggedIn applicant = TestAccounts.registeredAndLoggedIn("owner");
        String slug = VendorsApiIT.uniqueSlug();
        JsonObjectBuilder application = Json.createObjectBuilder(Json.createReader(new StringReader(VendorsApiIT.application(slug))).readObject())
                .add("payoutCurrency", payoutCurrency);
        if (shopName != null) {
            application.add("shopName", shopName);
        }
        HttpResponse<String> filed = Http.withToken("POST", "/api/v1/vendors", applicant.accessToken(), application.build().toString());
        assertEquals(201, filed.statusCode(), filed.body());
        long vendorId = Http.json(filed).getJsonNumber("id").longValue();
        HttpResponse<String> approved = Http.withToken("POST", "/api/v1/admin/vendors/" + vendorId + "/approve",
                TestAccounts.admin().accessToken(), null);
        assertEquals(200, approved.statusCode(), approved.body());
        return new Shop(vendorId, slug, TestAccounts.logIn(applicant.id(), applicant.email(), TestAccounts.PASSWORD));
    }

    /** A new account that joined the shop in {@code role} through the owner's mailed invitation, signed in again in that role. */
    public static TestAccounts.LoggedIn member(Shop shop, String role) {
        TestAccounts.LoggedIn invitee = TestAccounts.registeredAndLoggedIn(role.toLowerCase(java.util.Locale.ROOT));
        HttpResponse<String> invited = Http.withToken("POST", "/api/v1/vendor/shop/invitations", shop.owner().accessToken(),
                Json.createObjectBuilder().add("email", invitee.email()).add("role", role).build().toString());
        assertEquals(201, invited.statusCode(), invited.body());
        String token = Mailbox.awaitMail(invitee.email(), 2).token("/join-shop.xhtml");
        HttpResponse<String> accepted = Http.withToken("POST", "/api/v1/shop-invitations/accept", invitee.accessToken(),
                Json.createObjectBuilder().add("token", token).build().toString());
        assertEquals(200, accepted.statusCode(), accepted.body());
        return TestAccounts.logIn(invitee.id(), invitee.email(), TestAccounts.PASSWORD);
    }
}
