package dev.bazaar.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.Money;
import dev.bazaar.platform.application.DomainEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The customer's order mails in the language of the order, with the figures checkout showed. */
class OrderMailsTest {

    private static JsonObject placed(boolean pricesIncludeTax) {
        // 2 × 199.00 NOK net; shown gross at 19 %: 2 × 236.81 = 473.62, total 531.93 of which 84.93 VAT (net: the same total, for brevity)
        return Json.createObjectBuilder()
                .add("orderNumber", "BZ-7").add("customerEmail", "greta@example.org").add("customerName", "Greta Gross")
                .add("paymentMethod", "MANUAL").add("payBefore", "2026-12-14T14:05:00Z")
                .add("total", DomainEvent.money(Money.ofMinor(53193, "NOK"))).add("tax", DomainEvent.money(Money.ofMinor(8493, "NOK")))
                .add("taxRate", "19 %").add("pricesIncludeTax", pricesIncludeTax)
                .add("vendorOrders", Json.createArrayBuilder().add(Json.createObjectBuilder().add("vendorOrderNumber", "BZ-7-1")
                        .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("quantity", 2)
                                .add("productName", "Stoneware Mug").add("variantTitle", "S")
                                .add("amount", DomainEvent.money(Money.ofMinor(39800, "NOK")))
                                .add("shownAmount", DomainEvent.money(Money.ofMinor(pricesIncludeTax ? 47362 : 39800, "NOK")))))))
                .build();
    }

    private static OrderMails mails() {
        OrderMails mails = new OrderMails();
        mails.publicUrl = "https://bazaar.test/";
        return mails;
    }

    @Test
    void aGermanOrdersConfirmationIsGermanWithTheGrossFiguresCheckoutShowed() {
        MailMessage mail = mails().confirmation(placed(true), MailTexts.in("de"));

        assertEquals("Ihre Bazaar-Bestellung BZ-7", mail.subject());
        assertTrue(mail.body().startsWith("Hallo Greta Gross,\n\nvielen Dank für Ihre Bestellung BZ-7."), mail.body());
        assertTrue(mail.body().contains("  2 × Stoneware Mug (S)  473,62\u00a0NOK\n"), mail.body());
        assertTrue(mail.body().contains("Gesamtsumme: 531,93\u00a0NOK (davon MwSt. 19 %: 84,93\u00a0NOK)"), mail.body());
        assertTrue(mail.body().contains("Bitte zahlen Sie bis 14. Dez. 2026, 14:05 UTC. Ihre Bestellung wartet"), mail.body());
        assertTrue(mail.body().contains("https://bazaar.test/order.xhtml?number=BZ-7"), mail.body());
    }

    @Test
    void anEnglishOrderWithTaxOnTopListsNetLinesAndTheTotal() {
        MailMessage mail = mails().confirmation(placed(false), MailTexts.in("en"));

        assertEquals("Your Bazaar order BZ-7", mail.subject());
        assertTrue(mail.body().contains("  2 × Stoneware Mug (S)  NOK398.00\n"), mail.body());
        assertTrue(mail.body().contains("Total: NOK531.93\n"), mail.body());
        assertTrue(mail.body().contains("Please pay before 14 Dec 2026 14:05 UTC. Your order waits"), mail.body());
    }

    @Test
    void aGuestsCancellationPointsToTheMailedLinkNotToAnAccountPage() {
        JsonObject cancelled = Json.createObjectBuilder().add("orderNumber", "BZ-8").add("vendorOrderNumber", "BZ-8-1").add("guest", true)
                .add("customerEmail", "gast@example.org").add("customerName", "Gerda Gast").add("reason", "cancelled by the customer")
                .add("lines", Json.createArrayBuilder()).build();

        MailMessage mail = mails().cancelled(cancelled, MailTexts.in("de"));

        assertEquals("Ein Teil Ihrer Bestellung BZ-8 ist storniert", mail.subject());
        assertTrue(mail.body().contains("Die Seite Ihrer Bestellung öffnet der Link"), mail.body());
        assertTrue(!mail.body().contains("order.xhtml"), mail.body());
    }

    @Test
    void aKeyedCancellationReasonIsWordedInTheOrdersLanguage() {
        JsonObject cancelled = Json.createObjectBuilder().add("orderNumber", "BZ-9").add("vendorOrderNumber", "BZ-9-1")
                .add("customerEmail", "greta@example.org").add("customerName", "Greta Gross")
                .add("reason", "cancelled by the customer: doch zu groß").add("reasonKey", "cancelledByCustomerBecause")
                .add("reasonArguments", Json.createArrayBuilder().add("doch zu groß")).add("lines", Json.createArrayBuilder()).build();

        String german = mails().cancelled(cancelled, MailTexts.in("de")).body();
        String english = mails().cancelled(cancelled, MailTexts.in("en")).body();

        assertTrue(german.contains("Grund: von Ihnen storniert: doch zu groß\n"), german);
        assertTrue(english.contains("Why: cancelled by the customer: doch zu groß\n"), english);
    }

    @Test
    void aReasonWithoutAKeyIsToldAsWritten() {
        JsonObject cancelled = Json.createObjectBuilder().add("orderNumber", "BZ-9").add("vendorOrderNumber", "BZ-9-1")
                .add("customerEmail", "greta@example.org").add("customerName", "Greta Gross")
                .add("reason", "cancelled by Bazaar: duplicate order").add("lines", Json.createArrayBuilder()).build();

        MailMessage mail = mails().cancelled(cancelled, MailTexts.in("de"));

        assertTrue(mail.body().contains("Grund: cancelled by Bazaar: duplicate order\n"), mail.body());
    }
}
