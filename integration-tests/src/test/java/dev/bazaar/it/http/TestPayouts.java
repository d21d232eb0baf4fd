package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Shops that Bazaar pays by transfer: their owner connects a Stripe Express account and finishes the
 * stand-in's onboarding (Stripe then reports it able to take payouts), and their parts are delivered
 * and past the hold for returns.
 */
public final class TestPayouts {

    private static final HttpClient BROWSER = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final TestAccounts.LoggedIn ADMIN = TestAccounts.admin();

    private TestPayouts() {
    }

    /** Connects the shop's Stripe account, completes the onboarding and waits until Bazaar knows it takes payouts; returns its id. */
    public static String connectedAccount(TestVendors.Shop shop) {
        HttpResponse<String> linked = Http.withToken("POST", "/api/v1/vendor/stripe-account", shop.owner().accessToken(), null);
        assertEquals(200, linked.statusCode(), linked.body());
        String accountId = Http.json(linked).getJsonObject("account").getString("accountId");
        try {
            HttpResponse<String> completed = BROWSER.send(HttpRequest.newBuilder(URI.create(Http.json(linked).getString("url")))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, completed.statusCode(), completed.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        TestCardOrders.await(() -> Database.count("select count(*) from connected_account where vendor_id = ? and payouts_enabled",
                shop.vendorId()) == 1, "Stripe reports the account able to take payouts");
        return accountId;
    }

    /** The part is accepted, shipped and delivered, and the hold for returns has passed (moved in the database: a week cannot pass in a test). */
    public static void available(TestCardOrders.Placed order) {
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind = 'SALE'",
                order.part()) == 1, "the sale is on the ledger");
        for (String step : new String[] {"accept", "ship", "deliver"}) {
            HttpResponse<String> done = Http.call("POST", "/api/v1/vendor/orders/" + order.part() + "/" + step,
                    order.shop().shop().owner().accessToken(),
                    step.equals("ship") ? "{\"carrier\":\"Posten\",\"trackingNumber\":\"" + order.part() + "\"}" : null);
            assertEquals(200, done.statusCode(), step + ": " + done.body());
        }
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_release where vendor_order_number = ?", order.part()) == 1,
                "the delivery releases the part after the hold");
        Database.update("update ledger_release set available_at = now() - interval '1 second' where vendor_order_number = ?", order.part());
    }

    /** An admin runs the payouts now, as the timer does; returns what the run did. */
    public static jakarta.json.JsonObject run() {
        HttpResponse<String> ran = Http.call("POST", "/api/v1/admin/money/payout-runs", ADMIN.accessToken(), null);
        assertEquals(200, ran.statusCode(), ran.body());
        return Http.json(ran);
    }

    /** The shop's available balance in NOK, in minor units, as the ledger has it. */
    public static long available(long vendorId) {
        HttpResponse<String> balances = Http.call("GET", "/api/v1/admin/money/balances", ADMIN.accessToken(), null);
        assertEquals(200, balances.statusCode(), balances.body());
        return Http.jsonArray(balances).getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(b -> b.getJsonNumber("vendorId").longValue() == vendorId && b.getString("currency").equals("NOK"))
                .mapToLong(b -> b.getJsonObject("available").getJsonNumber("amountMinor").longValue()).sum();
    }
}
