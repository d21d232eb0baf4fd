package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Issue 17: a shop's owner connects a Stripe Express account (Connect) from the API; Stripe's
 * account.updated keeps its state; members read it, only owners connect, admins see every shop's.
 * Stripe is the stand-in; the production code is stripe-java.
 */
class StripeAccountsApiIT {

    private static final String ACCOUNT = "/api/v1/vendor/stripe-account";
    private static final HttpClient BROWSER = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anOwnerConnectsAnExpressAccountFinishesOnboardingAndStripeReportsItActive() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String owner = shop.owner().accessToken();
        assertEquals("NOT_CONNECTED", json(withToken("GET", ACCOUNT, owner, null)).getString("status"));

        HttpResponse<String> linked = withToken("POST", ACCOUNT, owner, null);

        assertEquals(200, linked.statusCode(), linked.body());
        JsonObject account = json(linked).getJsonObject("account");
        String accountId = account.getString("accountId");
        assertTrue(accountId.startsWith("acct_"), accountId);
        assertEquals("ONBOARDING", account.getString("status"));
        List<StripeStandIn.Sent> made = StripeStandIn.sent("POST", "/v1/accounts").stream()
                .filter(s -> String.valueOf(shop.vendorId()).equals(s.form().get("metadata[bazaar_vendor_id]"))).toList();
        assertEquals(1, made.size(), "one account made for the shop");
        assertEquals("express", made.get(0).form().get("type"));
        assertEquals("NO", made.get(0).form().get("country"), "the shop's country");
        assertEquals("true", made.get(0).form().get("capabilities[transfers][requested]"));
        assertEquals("bazaar-account-" + shop.vendorId(), made.get(0).header("Idempotency-Key"));
        assertEquals(accountId, Database.single("select stripe_account_id from connected_account where vendor_id = ?",
                shop.vendorId()).orElseThrow());

        HttpResponse<String> again = withToken("POST", ACCOUNT, owner, null);
        assertEquals(accountId, json(again).getJsonObject("account").getString("accountId"), "a second link is for the same account");
        assertEquals(1, StripeStandIn.sent("POST", "/v1/accounts").stream()
                .filter(s -> String.valueOf(shop.vendorId()).equals(s.form().get("metadata[bazaar_vendor_id]"))).count());
        StripeStandIn.Sent link = StripeStandIn.sent("POST", "/v1/account_links").stream()
                .filter(s -> accountId.equals(s.form().get("account"))).findFirst().orElseThrow();
        assertEquals("account_onboarding", link.form().get("type"));
        assertTrue(link.form().get("return_url").endsWith("/admin/shop.xhtml?stripe=return"), link.form().toString());

        String url = json(again).getString("url");
        HttpResponse<String> page = BROWSER.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(accountId), page.body());
        HttpResponse<String> completed = BROWSER.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, completed.statusCode());
        assertTrue(completed.headers().firstValue("Location").orElseThrow().endsWith("/admin/shop.xhtml?stripe=return"));

        JsonObject active = awaitStatus(owner, "ACTIVE");
        assertTrue(active.getBoolean("detailsSubmitted"));
        assertTrue(active.getBoolean("payoutsEnabled"));
        assertEquals(0, active.getInt("requirementsDue"));
        assertEquals(1, Database.count("select count(*) from stripe_event where type = 'account.updated' and object_id = ?", accountId),
                "the event is recorded as handled");
        JsonObject listed = Http.jsonArray(withToken("GET", "/api/v1/admin/money/stripe-accounts", TestAccounts.admin().accessToken(), null))
                .stream().map(v -> v.asJsonObject()).filter(a -> a.getString("accountId").equals(accountId))
                .findFirst().orElseThrow();
        assertEquals("ACTIVE", listed.getString("status"));
        assertEquals(shop.vendorId(), listed.getJsonNumber("vendorId").longValue());
    }

    @Test
    void staffAndManagersReadTheStateButOnlyTheOwnerConnectsAndOtherShopsSeeTheirOwn() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        TestAccounts.LoggedIn staff = TestVendors.member(shop, "VENDOR_STAFF");
        TestAccounts.LoggedIn manager = TestVendors.member(shop, "VENDOR_MANAGER");
        TestVendors.Shop other = TestVendors.approvedShop();
        TestAccounts.LoggedIn customer = TestAccounts.registeredAndLoggedIn("shopper");

        assertEquals(403, withToken("POST", ACCOUNT, staff.accessToken(), null).statusCode(), "staff do not connect");
        assertEquals(403, withToken("POST", ACCOUNT, manager.accessToken(), null).statusCode(), "managers do not connect");
        assertEquals(403, withToken("POST", ACCOUNT, customer.accessToken(), null).statusCode());
        assertEquals(403, withToken("GET", "/api/v1/admin/money/stripe-accounts", shop.owner().accessToken(), null).statusCode());
        assertEquals(0, Database.count("select count(*) from connected_account where vendor_id = ?", shop.vendorId()));

        assertEquals(200, withToken("POST", ACCOUNT, shop.owner().accessToken(), null).statusCode());
        HttpResponse<String> read = withToken("GET", ACCOUNT, staff.accessToken(), null);
        assertEquals("ONBOARDING", json(read).getString("status"), "staff read their shop's state");
        assertEquals(shop.vendorId(), json(read).getJsonNumber("vendorId").longValue());
        JsonObject theirs = json(withToken("GET", ACCOUNT, other.owner().accessToken(), null));
        assertEquals(other.vendorId(), theirs.getJsonNumber("vendorId").longValue());
        assertEquals("NOT_CONNECTED", theirs.getString("status"), "another shop sees only its own");
    }

    @Test
    void anAccountUpdateForAnAccountThatIsNoShopsIsRefusedAndWritesNothing() {
        String stranger = "acct_NOTOURS" + Instant.now().toEpochMilli();
        JsonObject account = Json.createObjectBuilder().add("id", stranger).add("object", "account")
                .add("details_submitted", true).add("charges_enabled", true).add("payouts_enabled", true).build();
        String eventId = "evt_stranger_" + Instant.now().toEpochMilli();

        HttpResponse<String> refused = StripeStandIn.deliverSigned(StripeStandIn.event(eventId, "account.updated", account));

        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"account\""), refused.body());
        assertEquals(0, Database.count("select count(*) from stripe_event where event_id = ?", eventId), "not recorded as handled");
        assertEquals(0, Database.count("select count(*) from connected_account where stripe_account_id = ?", stranger));
    }

    @Test
    void stripeDownWhileConnectingIsA503AndNothingIsKept() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String stub = StripeStandIn.failing("/v1/accounts", 500);
        try {
            HttpResponse<String> refused = withToken("POST", ACCOUNT, shop.owner().accessToken(), null);

            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            assertFalse(refused.body().toLowerCase().contains("exception"), refused.body());
            assertEquals(0, Database.count("select count(*) from connected_account where vendor_id = ?", shop.vendorId()));
        } finally {
            StripeStandIn.remove(stub);
        }
    }

    private static JsonObject awaitStatus(String token, String status) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            last = json(withToken("GET", ACCOUNT, token, null));
            if (status.equals(last.getString("status"))) {
                return last;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the account did not become " + status + ": " + last);
    }
}
