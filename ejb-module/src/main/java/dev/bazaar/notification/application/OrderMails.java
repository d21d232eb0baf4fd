package dev.bazaar.notification.application;

import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bazaar.platform.application.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The mails about orders, filled in from the events' payloads: the customer's in the language they
 * ordered in ({@link MailTexts}), the shop's in English (the back office's language).
 */
@ApplicationScoped
public class OrderMails {

    private static final MailTexts ENGLISH = MailTexts.in("en");
    private static final String SHOWN = "shownAmount";

    @Inject
    @ConfigProperty(name = "bazaar.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    /**
     * The customer's confirmation, in the language they ordered in: each shop's lines and the total as
     * checkout showed them (gross, with the VAT they include, where prices included it).
     */
    MailMessage confirmation(JsonObject placed, MailTexts texts) {
        StringBuilder parts = new StringBuilder();
        for (JsonValue part : placed.getJsonArray("vendorOrders")) {
            JsonObject p = part.asJsonObject();
            parts.append(p.getString("vendorOrderNumber")).append('\n').append(lines(p.getJsonArray("lines"), texts, SHOWN)).append('\n');
        }
        String number = placed.getString("orderNumber");
        String total = texts.money(DomainEvent.moneyOf(placed.getJsonObject("total")));
        String until = placed.getString("payBefore", null);
        return new MailMessage(placed.getString("customerEmail"), texts.text("confirmation.subject", number), texts.text("confirmation.body",
                placed.getString("customerName"), number, parts,
                placed.getBoolean("pricesIncludeTax", false)
                        ? texts.text("totalWithVat", total, placed.getString("taxRate"), texts.money(DomainEvent.moneyOf(placed.getJsonObject("tax"))))
                        : texts.text("total", total),
                until == null ? "" : texts.text("confirmation.payBefore", texts.when(Instant.parse(until))) + " ",
                texts.text("CARD".equals(placed.getString("paymentMethod", "")) ? "confirmation.payByCard" : "confirmation.payLater"),
                orderLink(number)));
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
                """.formatted(shopName, part.getString("vendorOrderNumber"), lines(part.getJsonArray("lines"), ENGLISH, "amount"),
                amount(part.getJsonObject("total"), ENGLISH), base()));
    }

    MailMessage shipped(JsonObject event, MailTexts texts) {
        String number = event.getString("orderNumber");
        return new MailMessage(event.getString("customerEmail"), texts.text("shipped.subject", number), texts.text("shipped.body",
                event.getString("customerName"), event.getString("vendorOrderNumber"), lines(event.getJsonArray("lines"), texts, SHOWN),
                event.getString("carrier", "-"), event.getString("trackingNumber", "-"), orderPage(event, texts)));
    }

    MailMessage cancelled(JsonObject event, MailTexts texts) {
        String number = event.getString("orderNumber");
        return new MailMessage(event.getString("customerEmail"), texts.text("cancelled.subject", number), texts.text("cancelled.body",
                event.getString("customerName"), event.getString("vendorOrderNumber"), lines(event.getJsonArray("lines"), texts, SHOWN),
                reason(event, texts), orderPage(event, texts)));
    }

    /** Why a part was cancelled: the {@code reason.<key>} text for a keyed reason, else the reason as written. */
    private static String reason(JsonObject event, MailTexts texts) {
        String key = "reason." + event.getString("reasonKey", "");
        if (!event.containsKey("reasonKey") || !texts.has(key)) {
            return event.getString("reason", "-");
        }
        return texts.text(key, event.getJsonArray("reasonArguments").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toArray());
    }

    MailMessage paymentSucceeded(JsonObject event, MailTexts texts) {
        String number = event.getString("orderNumber");
        return new MailMessage(event.getString("customerEmail"), texts.text("paymentSucceeded.subject", number),
                texts.text("paymentSucceeded.body", amount(event.getJsonObject("amount"), texts), number, orderLink(number)));
    }

    MailMessage paymentFailed(JsonObject event, MailTexts texts) {
        String number = event.getString("orderNumber");
        return new MailMessage(event.getString("customerEmail"), texts.text("paymentFailed.subject", number),
                texts.text("paymentFailed.body", amount(event.getJsonObject("amount"), texts), number,
                        event.getString("errorMessage", texts.text("paymentFailed.declined")), orderLink(number)));
    }

    MailMessage refunded(JsonObject event, MailTexts texts) {
        String number = event.getString("orderNumber");
        boolean card = "CARD".equals(event.getString("method", ""));
        return new MailMessage(event.getString("customerEmail"), texts.text("refunded.subject", number), texts.text("refunded.body",
                amount(event.getJsonObject("amount"), texts), event.getString("vendorOrderNumber"), number,
                texts.text(card ? "refunded.toCard" : "refunded.byTransfer"), event.getString("reason", "-"), orderLink(number)));
    }

    /** Each line with its {@code amount} (net) or {@code shownAmount} (as the shopper was shown it: gross where prices included the tax). */
    private static String lines(JsonArray lines, MailTexts texts, String amountField) {
        StringBuilder text = new StringBuilder();
        for (JsonValue value : lines) {
            JsonObject line = value.asJsonObject();
            text.append(texts.text("line", String.valueOf(line.getInt("quantity")), line.getString("productName"),
                    line.getString("variantTitle"), amount(line.getJsonObject(line.containsKey(amountField) ? amountField : "amount"), texts)))
                    .append('\n');
        }
        return text.toString();
    }

    private static String amount(JsonObject money, MailTexts texts) {
        return texts.money(DomainEvent.moneyOf(money));
    }

    /** Where the order's page is: its address, or for a guest (who has no account) the link mailed at checkout. */
    private String orderPage(JsonObject event, MailTexts texts) {
        return event.getBoolean("guest", false) ? texts.text("guestOrderPage") : orderLink(event.getString("orderNumber"));
    }

    private String orderLink(String number) {
        return base() + "/order.xhtml?number=" + number;
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
