package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeOrderPage;
import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.CheckoutPage;
import dev.bazaar.it.browser.pages.OrderPage;
import dev.bazaar.it.browser.pages.PaymentsPage;
import dev.bazaar.it.browser.pages.StorefrontPage;
import dev.bazaar.it.browser.pages.StorefrontSignInPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.StripeStandIn;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;
import jakarta.json.Json;

/**
 * Paying by card in the browser, against the offline stand-in for Stripe and its Stripe.js: a shopper
 * checks out a cart from two shops by card, pays in Stripe's Payment Element and comes back to an order
 * that shows it was paid; an admin refunds part of one shop's share in the back office, and the shopper
 * reads the refund on the order. A declined card is told on the order page, and the order stays unpaid.
 */
class CardPaymentBrowserIT extends BrowserTest {

    private static final String VISA = "pm_card_visa";
    private static final String DECLINED = "pm_card_chargeDeclined";

    @Test
    void aShopperPaysATwoShopOrderByCardAndAnAdminRefundsPartOfOneShopsShare() throws Exception {
        TestShopping.StockedShop mugs = TestShopping.stockedShop("KA", 5);
        TestShopping.StockedShop cups = TestShopping.stockedShop("KB", 5);
        TestAccounts.LoggedIn shopper = aShopperWithACartFromBothShops(mugs, cups);

        OrderPage order = checkingOutByCardLandsOnTheCardForm(shopper);
        String number = order.number();
        payingWithTheTestVisaComesBackToAPaidOrder(order, number);
        try (Browser office = new Browser()) {
            theAdminSeesTheCardPaymentAndRefundsPartOfOneShopsShare(office, number);
            BackOfficeOrderPage disputed = aDisputeFlagsTheOrderForTheAdmin(office, number);
            theAdminsPaymentsPageShowsTheStandInWithTheSecretsMaskedAndTheOpenDispute(office, disputed, number);
        }
        theShopperReadsTheRefundOnTheOrder(number);
    }

    @Test
    void aDeclinedCardIsToldOnTheOrderPageAndTheOrderStaysUnpaid() throws Exception {
        TestShopping.StockedShop shop = TestShopping.stockedShop("KC", 5);
        TestAccounts.LoggedIn shopper = TestShopping.customerWith(shop.small(), 1);
        String number = aCardOrderPlacedThroughTheApi(shopper);
        signIn(shopper);

        OrderPage order = OrderPage.open(browser, number);
        order.awaitCardForm();
        order.chooseTestCard(DECLINED);
        order.pay();

        order.awaitPaymentError("Your card was declined.");
        assertFalse(order.url().contains("redirect_status"), "a decline stays on the page: " + order.url());
        assertEquals("AWAITING", paymentStatus(number));
        assertEquals("PENDING_PAYMENT", partStatuses(number));
        browser.screenshot("87-card-declined");
        // the shopper may try another card at once: the form is still there
        assertTrue(order.showsCardForm());
        assertEquals("5/1", TestShopping.stock(shop.small()), "the order's reservation is kept while it may still be paid");
    }

    // ---- the shopper

    /** Two small mugs from one shop and a large cup from the other, in the cart of a new customer. */
    private static TestAccounts.LoggedIn aShopperWithACartFromBothShops(TestShopping.StockedShop mugs, TestShopping.StockedShop cups) {
        TestAccounts.LoggedIn shopper = TestShopping.customerWith(mugs.small(), 2);
        HttpResponse<String> added = TestShopping.add(shopper.accessToken(), null, cups.large(), 1);
        assertEquals(201, added.statusCode(), added.body());
        return shopper;
    }

    private StorefrontPage signIn(TestAccounts.LoggedIn shopper) {
        StorefrontPage signedIn = StorefrontSignInPage.open(browser).signInAs(shopper.email(), TestAccounts.PASSWORD);
        signedIn.awaitSignedInAs(shopper.email());
        return signedIn;
    }

    private OrderPage checkingOutByCardLandsOnTheCardForm(TestAccounts.LoggedIn shopper) throws IOException {
        CheckoutPage checkout = signIn(shopper).openCart().checkout();
        checkout.shipTo("Card Shopper", "Karl Johans gate 1", "0154", "Oslo", "NO");
        // 2 × 199 + 249 = 647 NOK goods, 49 NOK shipping per shop, 25 % tax → 931.25 NOK
        checkout.awaitTotal("931.25");
        assertTrue(checkout.paymentOptions().contains("Card (Visa, Mastercard"), checkout.paymentOptions());
        checkout.payBy("CARD");
        browser.screenshotAtWidth("80-checkout-by-card", 1366);

        OrderPage order = checkout.placeOrder();
        order.awaitCardForm();
        assertTrue(order.standInNotice().contains("Test stand-in: no real card is charged"), order.standInNotice());
        assertTrue(order.paymentElementNotice().contains("No real card is charged"), order.paymentElementNotice());
        assertTrue(order.cardInstructions().contains("Pay NOK931.25 by card"), order.cardInstructions());
        browser.screenshot("81-card-form");
        return order;
    }

    private void payingWithTheTestVisaComesBackToAPaidOrder(OrderPage order, String number) throws IOException {
        order.chooseTestCard(VISA);
        order.pay();

        order.awaitReturnFromStripe();
        assertTrue(order.awaitPaidByCard().contains("Paid by card"));
        assertTrue(order.url().contains("number=" + number), order.url());
        assertEquals("PAID", paymentStatus(number));
        assertEquals("SUCCEEDED", Database.single("select status from card_payment where order_number = ?", number).orElseThrow());
        assertEquals("PAID", partStatuses(number));
        assertFalse(order.showsCardForm(), "nothing is left to pay");
        List<String> parts = order.awaitParts(2);
        assertTrue(parts.stream().allMatch(p -> p.contains("Paid")), parts.toString());
        browser.screenshotAtWidth("82-paid-by-card-1366", 1366);
        browser.screenshotAtWidth("82-paid-by-card-390", 390);
    }

    private void theShopperReadsTheRefundOnTheOrder(String number) throws IOException {
        OrderPage order = OrderPage.open(browser, number);
        List<String> refunds = order.awaitRefunds(1);
        String refund = refunds.get(0);
        assertTrue(refund.contains("100.00") && refund.contains(number + "-1"), refund);
        assertTrue(refund.contains("Refunded to your card") && refund.contains("One mug arrived chipped"), refund);
        browser.screenshotAtWidth("85-order-refunded-1366", 1366);
        browser.screenshotAtWidth("85-order-refunded-390", 390);
    }

    // ---- the back office

    private static void theAdminSeesTheCardPaymentAndRefundsPartOfOneShopsShare(Browser office, String number) throws IOException {
        BackOfficeSignInPage.reach(office).signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).awaitNavigation();
        BackOfficeOrderPage order = BackOfficeOrderPage.open(office, number);
        order.awaitParts(2);
        assertEquals("SUCCEEDED", order.cardStatus());
        assertTrue(order.intentId().startsWith("pi_"), order.intentId());
        assertFalse(order.canMarkPaid(), "a card order is paid by Stripe's word only");

        order.refund(number + "-1", "100.00", "One mug arrived chipped");

        order.awaitMessage("Refunded");
        String row = order.awaitRefund(number + "-1", "Succeeded");
        assertTrue(row.contains("100.00") && row.contains("One mug arrived chipped") && row.contains(DemoAccounts.ADMIN), row);
        assertEquals("SUCCEEDED 10000", Database.single("select status || ' ' || amount_minor from refund where vendor_order_number = ?",
                number + "-1").orElseThrow());
        assertEquals(1, StripeStandIn.sent("POST", "/v1/refunds").stream()
                .filter(sent -> (number + "-1").equals(sent.form().get("metadata[vendor_order_number]"))).count(),
                "one refund asked of Stripe");
        assertEquals("PAID", Database.single("select status from vendor_order where number = ?", number + "-1").orElseThrow(),
                "a partial refund leaves the part as it was");
        office.screenshotAtWidth("83-admin-refunded", 1366);
    }

    /** The cardholder's bank disputes the charge (the stand-in tells Bazaar as Stripe would): the order is flagged. */
    private static BackOfficeOrderPage aDisputeFlagsTheOrderForTheAdmin(Browser office, String number) throws IOException {
        String chargeId = Database.single("select charge_id from card_payment where order_number = ?", number).orElseThrow();
        StripeStandIn.openDispute(chargeId);
        office.wait.until(d -> Database.count("select count(*) from dispute where charge_id = ?", chargeId) == 1);

        BackOfficeOrderPage order = BackOfficeOrderPage.open(office, number);
        order.awaitParts(2);

        assertTrue(order.showsDisputed(), "the Disputed flag shows");
        String dispute = order.disputes();
        assertTrue(dispute.contains("fraudulent") && dispute.contains("needs_response") && dispute.contains("831.25"), dispute);
        office.screenshotAtWidth("84-admin-disputed", 1366);
        return order;
    }

    private static void theAdminsPaymentsPageShowsTheStandInWithTheSecretsMaskedAndTheOpenDispute(Browser office,
            BackOfficeOrderPage from, String number) throws IOException {
        PaymentsPage payments = from.openPayments();
        assertTrue(payments.cardsOffered().startsWith("Yes"), payments.cardsOffered());
        assertTrue(payments.processor().contains("stand-in"), payments.processor());
        assertTrue(payments.stripeJs().contains("/v3/"), payments.stripeJs());
        assertFalse(payments.secretKey().contains(StripeStandIn.SECRET_KEY), "the secret key is masked: " + payments.secretKey());
        assertFalse(payments.webhookSecret().contains(StripeStandIn.WEBHOOK_SECRET), payments.webhookSecret());
        assertTrue(payments.openDisputeOrders().contains(number), payments.openDisputeOrders().toString());
        office.screenshot("86-admin-payments");
        payments.followDisputeOf(number).awaitHeading("Order " + number);
        // closed, so the next run's list does not carry it
        StripeStandIn.closeDispute(Database.single("select stripe_dispute_id from dispute where order_group_id ="
                + " (select id from order_group where number = ?)", number).orElseThrow(), "won");
    }

    // ---- fixtures and rows

    private static String aCardOrderPlacedThroughTheApi(TestAccounts.LoggedIn shopper) {
        String body = Json.createObjectBuilder().add("shippingAddress", TestShopping.address("NO")).add("paymentMethod", "CARD")
                .build().toString();
        HttpResponse<String> placed = TestShopping.checkout(shopper, body, UUID.randomUUID().toString());
        assertEquals(201, placed.statusCode(), placed.body());
        return Http.json(placed).getJsonObject("order").getString("number");
    }

    private static String paymentStatus(String number) {
        return Database.single("select payment_status from order_group where number = ?", number).orElseThrow();
    }

    private static String partStatuses(String number) {
        return Database.single("select string_agg(distinct status, ',') from vendor_order where order_group_id ="
                + " (select id from order_group where number = ?)", number).orElseThrow();
    }
}
