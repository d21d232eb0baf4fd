package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Card orders for the payment tests: placed through the API, paid at the Stripe stand-in. */
public final class TestCardOrders {

    /** A card order of two units of one shop's small variant, and how to pay for it. */
    public record Placed(TestAccounts.LoggedIn customer, TestShopping.StockedShop shop, String number, long totalMinor,
                         String currency, JsonObject payment) {

        public String part() {
            return number + "-1";
        }

        public String intentId() {
            return Database.single("select intent_id from card_payment where order_number = ?", number).orElseThrow();
        }
    }

    private TestCardOrders() {
    }

    public static Placed placed(String skuPrefix) {
        return placed(TestShopping.stockedShop(skuPrefix, 5));
    }

    /** A card order of two units of the shop's small variant. */
    public static Placed placed(TestShopping.StockedShop shop) {
        TestAccounts.LoggedIn customer = TestShopping.customerWith(shop.small(), 2);
        String body = Json.createObjectBuilder().add("shippingAddress", TestShopping.address("NO")).add("paymentMethod", "CARD")
                .build().toString();
        HttpResponse<String> placed = TestShopping.checkout(customer, body, UUID.randomUUID().toString());
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = Http.json(placed).getJsonObject("order");
        JsonObject total = order.getJsonObject("total");
        return new Placed(customer, shop, order.getString("number"), total.getJsonNumber("amountMinor").longValue(),
                total.getString("currency"), Http.json(placed).getJsonObject("payment"));
    }

    /** Pays the order at the stand-in with Stripe's Visa test card and waits until the webhook marked it paid. */
    public static Placed paid(String skuPrefix) {
        return pay(placed(skuPrefix));
    }

    /** Another paid card order from the same shop. */
    public static Placed paid(TestShopping.StockedShop shop) {
        return pay(placed(shop));
    }

    /** The shopper pays the placed order with Stripe's test Visa card; returns once the order is paid. */
    public static Placed pay(Placed order) {
        HttpResponse<String> confirmed = StripeStandIn.confirm(order.intentId(), order.payment().getString("clientSecret"), "pm_card_visa");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        await(() -> "PAID".equals(partStatus(order.number())), "the payment reaches the order");
        return order;
    }

    /** The statuses of the order's parts, comma-separated. */
    public static String partStatus(String orderNumber) {
        return Database.single("select string_agg(distinct status, ',') from vendor_order where order_group_id ="
                + " (select id from order_group where number = ?)", orderNumber).orElse("");
    }

    /** Waits up to 30 s for {@code condition}. */
    public static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited 30 s in vain: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
