package dev.bazaar.notification.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bazaar.platform.application.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The words of the mails about orders, filled in from the events' payloads. */
@ApplicationScoped
public class OrderMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    @ConfigProperty(name = "bazaar.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    MailMessage confirmation(JsonObject placed) {
        StringBuilder parts = new StringBuilder();
        for (JsonValue part : placed.getJsonArray("vendorOrders")) {
            JsonObject p = part.asJsonObject();
            parts.append(p.getString("vendorOrderNumber")).append('\n').append(lines(p.getJsonArray("lines"))).append('\n');
        }
        return new MailMessage(placed.getString("customerEmail"), "Your Bazaar order " + placed.getString("orderNumber"), """
                Hello %s,

                thank you for your order %s. Each shop sends its part on its own:

                %s
                Total: %s

                %s%s; the order page shows each part as it ships:

                %s

                Bazaar
                """.formatted(placed.getString("customerName"), placed.getString("orderNumber"), parts,
                amount(placed.getJsonObject("total")), payBefore(placed), "CARD".equals(placed.getString("paymentMethod", ""))
                        ? "You pay by card on the order page; the shops start once the payment is through"
                        : "Your order waits for your payment (bank transfer or cash on delivery); the order page says how to pay",
                orderLink(placed.getString("orderNumber"))));
    }

    MailMessage newOrder(String shopEmail, String shopName, JsonObject placed, JsonObject part) {
        return new MailMessage(shopEmail, "New order " + part.getString("vendorOrderNumber") + " for " + shopName, """
                Hello %s,

                a customer ordered from your shop (order %s):

                %s
                Total for your shop: %s

                The order waits for payment; it appears as PAID in your back office when the payment arrives.
                Ship only then.

                %s/admin/

                Bazaar
                """.formatted(shopName, part.getString("vendorOrderNumber"), lines(part.getJsonArray("lines")),
                amount(part.getJsonObject("total")), base()));
    }

    MailMessage shipped(JsonObject event) {
        return new MailMessage(event.getString("customerEmail"), "Your order " + event.getString("orderNumber") + " is on its way", """
                Hello %s,

                part %s of your order has shipped:

                %s
                Carrier: %s
                Tracking number: %s

                %s

                Bazaar
                """.formatted(event.getString("customerName"), event.getString("vendorOrderNumber"), lines(event.getJsonArray("lines")),
                event.getString("carrier", "-"), event.getString("trackingNumber", "-"), orderLink(event.getString("orderNumber"))));
    }

    MailMessage cancelled(JsonObject event) {
        return new MailMessage(event.getString("customerEmail"), "Part of your order " + event.getString("orderNumber") + " is cancelled", """
                Hello %s,

                part %s of your order is cancelled:

                %s
                Why: %s

                Nothing more is charged for it; what you paid for it is refunded.

                %s

                Bazaar
                """.formatted(event.getString("customerName"), event.getString("vendorOrderNumber"), lines(event.getJsonArray("lines")),
                event.getString("reason", "-"), orderLink(event.getString("orderNumber"))));
    }

    MailMessage paymentSucceeded(JsonObject event) {
        return new MailMessage(event.getString("customerEmail"), "Payment received for your order " + event.getString("orderNumber"), """
                Hello,

                we received your card payment of %s for order %s. The shops now prepare your parcels; you hear
                from us as each one ships.

                %s

                Bazaar
                """.formatted(amount(event.getJsonObject("amount")), event.getString("orderNumber"), orderLink(event.getString("orderNumber"))));
    }

    MailMessage paymentFailed(JsonObject event) {
        return new MailMessage(event.getString("customerEmail"), "Your payment for order " + event.getString("orderNumber") + " did not go through", """
                Hello,

                your card payment of %s for order %s did not go through: %s

                Nothing was charged. Your items stay reserved for a while: pay with another card on the order page.

                %s

                Bazaar
                """.formatted(amount(event.getJsonObject("amount")), event.getString("orderNumber"),
                event.getString("errorMessage", "the card was declined"), orderLink(event.getString("orderNumber"))));
    }

    MailMessage refunded(JsonObject event) {
        boolean card = "CARD".equals(event.getString("method", ""));
        return new MailMessage(event.getString("customerEmail"), "Refund for your order " + event.getString("orderNumber"), """
                Hello,

                we refunded %s for part %s of your order %s: %s

                Why: %s

                %s

                Bazaar
                """.formatted(amount(event.getJsonObject("amount")), event.getString("vendorOrderNumber"), event.getString("orderNumber"),
                card ? "refunded to your card. Banks usually show it within 5 to 10 days."
                        : "paid back to you by bank transfer.",
                event.getString("reason", "-"), orderLink(event.getString("orderNumber"))));
    }

    private static String lines(JsonArray lines) {
        StringBuilder text = new StringBuilder();
        for (JsonValue value : lines) {
            JsonObject line = value.asJsonObject();
            text.append("  ").append(line.getInt("quantity")).append(" × ").append(line.getString("productName"))
                    .append(" (").append(line.getString("variantTitle")).append(")  ")
                    .append(amount(line.getJsonObject("amount"))).append('\n');
        }
        return text.toString();
    }

    private static String amount(JsonObject money) {
        return DomainEvent.moneyOf(money).format(Locale.ENGLISH);
    }

    /** When the order's payment must arrive by, as the first sentence of the payment paragraph (or nothing). */
    private static String payBefore(JsonObject placed) {
        String until = placed.getString("payBefore", null);
        return until == null ? "" : "Please pay before " + WHEN.format(Instant.parse(until)) + ". ";
    }

    private String orderLink(String number) {
        return base() + "/order.xhtml?number=" + number;
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
