package dev.bazaar.stripe.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.Transfer;
import com.stripe.model.TransferReversal;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferListParams;
import com.stripe.param.TransferReversalCreateParams;

/**
 * The stand-in as Bazaar meets it: the real stripe-java client pointed at it, webhooks verified with
 * stripe-java's {@link Webhook#constructEvent}, faults injected and requests read through WireMock's admin API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StripeStandInTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private WebhookReceiver receiver;
    private StripeStandIn standIn;
    private StripeClient stripe;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    void start() throws IOException {
        receiver = new WebhookReceiver();
        standIn = StripeStandIn.start(StandInSettings.defaults().withPort(0).withWebhookUrl(receiver.url()));
        stripe = StripeClient.builder()
                .setApiKey(StandInSettings.DEFAULT_SECRET_KEY)
                .setApiBase(standIn.baseUrl())
                .setMaxNetworkRetries(0)
                .build();
    }

    @AfterAll
    void stop() {
        standIn.close();
        receiver.close();
    }

    @BeforeEach
    void reset() throws Exception {
        assertEquals(200, send("POST", "/stand-in/reset", "", Map.of()).statusCode());
        assertEquals(200, send("POST", "/__admin/reset", "", Map.of()).statusCode());
        receiver.clear();
    }

    // ---- payment intents ----

    @Test
    void createsAnIntentInStripesShapeAndRetrievesIt() throws Exception {
        PaymentIntent created = stripe.v1().paymentIntents().create(order("B-1001", 1000));

        assertTrue(created.getId().startsWith("pi_"), created.getId());
        assertEquals("requires_payment_method", created.getStatus());
        assertTrue(created.getClientSecret().startsWith(created.getId() + "_secret_"));
        assertNull(created.getLatestCharge());
        assertEquals(1000L, created.getAmount());
        assertEquals("eur", created.getCurrency());
        assertEquals("order_B-1001", created.getTransferGroup());
        assertEquals("B-1001", created.getMetadata().get("order_number"));
        assertTrue(created.getAutomaticPaymentMethods().getEnabled());
        assertFalse(created.getLivemode());
        assertTrue(Math.abs(created.getCreated() - System.currentTimeMillis() / 1000) < 60);

        PaymentIntent retrieved = stripe.v1().paymentIntents().retrieve(created.getId());
        assertEquals(created.getId(), retrieved.getId());
        assertEquals("requires_payment_method", retrieved.getStatus());

        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> stripe.v1().paymentIntents().retrieve("pi_nope"));
        assertEquals(404, missing.getStatusCode());
        assertEquals("resource_missing", missing.getCode());
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerAndRefusesOtherParameters() throws Exception {
        RequestOptions key1 = RequestOptions.builder().setIdempotencyKey("order-B-1002-attempt-1").build();
        PaymentIntent first = stripe.v1().paymentIntents().create(order("B-1002", 2500), key1);
        PaymentIntent again = stripe.v1().paymentIntents().create(order("B-1002", 2500), key1);
        assertEquals(first.getId(), again.getId());
        assertEquals(first.getClientSecret(), again.getClientSecret());

        PaymentIntent other = stripe.v1().paymentIntents().create(order("B-1002", 2500),
                RequestOptions.builder().setIdempotencyKey("order-B-1002-attempt-2").build());
        assertNotEquals(first.getId(), other.getId());

        IdempotencyException refused = assertThrows(IdempotencyException.class,
                () -> stripe.v1().paymentIntents().create(order("B-1002", 9900), key1));
        assertEquals(400, refused.getStatusCode());
        assertTrue(refused.getMessage().contains("same parameters"), refused.getMessage());

        // a replay says so, as Stripe's does; parameter order does not matter
        Map<String, String> headers = new java.util.HashMap<>(auth());
        headers.put("Idempotency-Key", "order-B-1002-attempt-1");
        HttpResponse<String> replay = send("POST", "/v1/payment_intents", "metadata%5Border_number%5D=B-1002"
                + "&automatic_payment_methods%5Benabled%5D=true&transfer_group=order_B-1002&currency=eur&amount=2500",
                headers);
        assertEquals(200, replay.statusCode(), replay.body());
        assertEquals("true", replay.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(first.getId(), Json.parseObject(replay.body()).get("id"));
    }

    @Test
    void confirmingWithTheVisaTestCardSucceedsWithACharge() throws Exception {
        PaymentIntent pi = stripe.v1().paymentIntents().create(order("B-1003", 1000));

        PaymentIntent confirmed = stripe.v1().paymentIntents().confirm(pi.getId(),
                PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());

        assertEquals("succeeded", confirmed.getStatus());
        assertEquals(1000L, confirmed.getAmountReceived());
        assertTrue(confirmed.getPaymentMethod().startsWith("pm_"));
        assertNotNull(confirmed.getLatestCharge());
        Charge charge = stripe.v1().charges().retrieve(confirmed.getLatestCharge());
        assertTrue(charge.getId().startsWith("ch_"));
        assertTrue(charge.getPaid());
        assertTrue(charge.getCaptured());
        assertEquals("succeeded", charge.getStatus());
        assertEquals(0L, charge.getAmountRefunded());
        assertEquals(pi.getId(), charge.getPaymentIntent());
        assertEquals("order_B-1003", charge.getTransferGroup());
        assertEquals("4242", charge.getPaymentMethodDetails().getCard().getLast4());

        PaymentIntent expanded = stripe.v1().paymentIntents().retrieve(pi.getId(),
                PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build(), null);
        assertEquals(charge.getId(), expanded.getLatestChargeObject().getId());

        InvalidRequestException twice = assertThrows(InvalidRequestException.class,
                () -> stripe.v1().paymentIntents().confirm(pi.getId(),
                        PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build()));
        assertEquals("payment_intent_unexpected_state", twice.getCode());
    }

    @Test
    void aSucceededPaymentSendsAWebhookSignedAsStripeSignsIt() throws Exception {
        assertEquals(Stripe.API_VERSION, StandInSettings.DEFAULT_API_VERSION,
                "events should carry the API version of the stripe-java Bazaar uses");
        PaymentIntent pi = stripe.v1().paymentIntents().create(order("B-1004", 1500));
        stripe.v1().paymentIntents().confirm(pi.getId(),
                PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());

        WebhookReceiver.Delivery delivery = receiver.await(
                d -> d.payload().contains("\"payment_intent.succeeded\""), 1, WAIT).get(0);
        assertTrue(delivery.contentType().startsWith("application/json"));
        assertTrue(delivery.signature().matches("t=\\d+,v1=[0-9a-f]{64}"), delivery.signature());

        Event event = Webhook.constructEvent(delivery.payload(), delivery.signature(),
                StandInSettings.DEFAULT_WEBHOOK_SECRET);
        assertEquals("payment_intent.succeeded", event.getType());
        assertTrue(event.getId().startsWith("evt_"));
        assertFalse(event.getLivemode());
        PaymentIntent inEvent = (PaymentIntent) event.getDataObjectDeserializer().getObject().orElseThrow();
        assertEquals(pi.getId(), inEvent.getId());
        assertEquals("succeeded", inEvent.getStatus());

        assertThrows(SignatureVerificationException.class,
                () -> Webhook.constructEvent(delivery.payload(), delivery.signature(), "whsec_someone_else"));
        assertThrows(SignatureVerificationException.class,
                () -> Webhook.constructEvent(delivery.payload().replace("1500", "1"), delivery.signature(),
                        StandInSettings.DEFAULT_WEBHOOK_SECRET));
    }

    @Test
    void declinedCardsAnswer402AndLeaveTheIntentRetryable() throws Exception {
        PaymentIntent pi = stripe.v1().paymentIntents().create(order("B-1005", 1000));

        CardException declined = assertThrows(CardException.class, () -> stripe.v1().paymentIntents().confirm(
                pi.getId(), PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_chargeDeclined").build()));
        assertEquals(402, declined.getStatusCode());
        assertEquals("card_declined", declined.getCode());
        assertEquals("generic_decline", declined.getDeclineCode());
        assertEquals("Your card was declined.", declined.getStripeError().getMessage());
        assertTrue(declined.getCharge().startsWith("ch_"));
        assertEquals(pi.getId(), declined.getStripeError().getPaymentIntent().getId());

        PaymentIntent after = stripe.v1().paymentIntents().retrieve(pi.getId());
        assertEquals("requires_payment_method", after.getStatus());
        assertEquals("generic_decline", after.getLastPaymentError().getDeclineCode());
        assertEquals(declined.getCharge(), after.getLastPaymentError().getCharge());
        Charge failed = stripe.v1().charges().retrieve(declined.getCharge());
        assertEquals("failed", failed.getStatus());
        assertFalse(failed.getPaid());

        CardException poor = assertThrows(CardException.class, () -> stripe.v1().paymentIntents().confirm(pi.getId(),
                PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_chargeDeclinedInsufficientFunds").build()));
        assertEquals("insufficient_funds", poor.getDeclineCode());
        assertEquals("Your card has insufficient funds.", poor.getStripeError().getMessage());

        Event failedEvent = verified(receiver.await(d -> d.payload().contains("\"payment_intent.payment_failed\""),
                2, WAIT).get(0));
        assertEquals(pi.getId(), ((PaymentIntent) failedEvent.getDataObjectDeserializer().getObject().orElseThrow()).getId());

        // a later good card still pays
        PaymentIntent paid = stripe.v1().paymentIntents().confirm(pi.getId(),
                PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());
        assertEquals("succeeded", paid.getStatus());
        assertNull(paid.getLastPaymentError());
    }

    @Test
    void cancelsAnOpenIntentButNotASucceededOne() throws Exception {
        PaymentIntent open = stripe.v1().paymentIntents().create(order("B-1006", 1000));
        PaymentIntent canceled = stripe.v1().paymentIntents().cancel(open.getId(), PaymentIntentCancelParams.builder()
                .setCancellationReason(PaymentIntentCancelParams.CancellationReason.REQUESTED_BY_CUSTOMER).build());
        assertEquals("canceled", canceled.getStatus());
        assertEquals("requested_by_customer", canceled.getCancellationReason());
        assertNotNull(canceled.getCanceledAt());
        verified(receiver.await(d -> d.payload().contains("\"payment_intent.canceled\""), 1, WAIT).get(0));

        PaymentIntent paid = paidIntent("B-1007", 1000);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> stripe.v1().paymentIntents().cancel(paid.getId()));
        assertEquals(400, refused.getStatusCode());
        assertEquals("payment_intent_unexpected_state", refused.getCode());
        assertTrue(refused.getMessage().contains("status of succeeded"), refused.getMessage());
    }

    // ---- refunds ----

    @Test
    void refundsPartlyThenRefusesMoreThanTheRest() throws Exception {
        PaymentIntent paid = paidIntent("B-1008", 1000);

        Refund refund = stripe.v1().refunds().create(RefundCreateParams.builder()
                .setPaymentIntent(paid.getId()).setAmount(400L)
                .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                .putMetadata("return_number", "R-1").build());
        assertTrue(refund.getId().startsWith("re_"));
        assertEquals("succeeded", refund.getStatus());
        assertEquals(400L, refund.getAmount());
        assertEquals("eur", refund.getCurrency());
        assertEquals(paid.getLatestCharge(), refund.getCharge());
        assertEquals(paid.getId(), refund.getPaymentIntent());
        assertEquals("R-1", refund.getMetadata().get("return_number"));
        assertEquals(refund.getId(), stripe.v1().refunds().retrieve(refund.getId()).getId());

        Charge charge = stripe.v1().charges().retrieve(paid.getLatestCharge());
        assertEquals(400L, charge.getAmountRefunded());
        assertFalse(charge.getRefunded());

        InvalidRequestException tooMuch = assertThrows(InvalidRequestException.class,
                () -> stripe.v1().refunds().create(RefundCreateParams.builder()
                        .setPaymentIntent(paid.getId()).setAmount(700L).build()));
        assertEquals(400, tooMuch.getStatusCode());
        assertEquals("amount", tooMuch.getParam());
        assertEquals("Refund amount (€7.00) is greater than unrefunded amount on charge (€6.00)",
                tooMuch.getStripeError().getMessage());

        Refund rest = stripe.v1().refunds().create(RefundCreateParams.builder().setCharge(charge.getId()).build());
        assertEquals(600L, rest.getAmount());
        assertTrue(stripe.v1().charges().retrieve(charge.getId()).getRefunded());

        List<WebhookReceiver.Delivery> refunded = receiver.await(
                d -> d.payload().contains("\"charge.refunded\""), 2, WAIT);
        Charge inEvent = (Charge) verified(refunded.get(0)).getDataObjectDeserializer().getObject().orElseThrow();
        assertEquals(charge.getId(), inEvent.getId());
        Event updated = verified(receiver.await(d -> d.payload().contains("\"charge.refund.updated\""), 1, WAIT).get(0));
        assertTrue(((Refund) updated.getDataObjectDeserializer().getObject().orElseThrow()).getId().startsWith("re_"));
    }

    @Test
    void refusesToRefundAnIntentThatHasNotSucceeded() throws Exception {
        PaymentIntent open = stripe.v1().paymentIntents().create(order("B-1009", 1000));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> stripe.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(open.getId()).build()));
        assertEquals(400, refused.getStatusCode());
        assertEquals("payment_intent", refused.getParam());
    }

    // ---- disputes (stand-in controls) ----

    @Test
    void disputesAreOpenedAndClosedThroughTheStandInControls() throws Exception {
        PaymentIntent paid = paidIntent("B-1010", 1000);

        HttpResponse<String> opened = send("POST", "/stand-in/charges/" + paid.getLatestCharge() + "/dispute",
                "reason=fraudulent", Map.of());
        assertEquals(200, opened.statusCode(), opened.body());
        Map<String, Object> dispute = Json.parseObject(opened.body());
        String disputeId = (String) dispute.get("id");
        assertTrue(disputeId.startsWith("dp_"));
        assertEquals("needs_response", dispute.get("status"));
        assertEquals(1000L, dispute.get("amount"));
        Event created = verified(receiver.await(d -> d.payload().contains("\"charge.dispute.created\""), 1, WAIT).get(0));
        Dispute reported = (Dispute) created.getDataObjectDeserializer().getObject().orElseThrow();
        assertEquals(disputeId, reported.getId());
        assertEquals(1, reported.getBalanceTransactions().size(), "a chargeback withdraws the amount");
        assertEquals(-1000L, reported.getBalanceTransactions().get(0).getAmount());
        assertEquals(1500L, reported.getBalanceTransactions().get(0).getFee(), "and Stripe's dispute fee");
        assertEquals(-2500L, reported.getBalanceTransactions().get(0).getNet());
        assertTrue(stripe.v1().charges().retrieve(paid.getLatestCharge()).getDisputed());

        InvalidRequestException chargedBack = assertThrows(InvalidRequestException.class,
                () -> stripe.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(paid.getId()).build()));
        assertEquals("charge_disputed", chargedBack.getCode());

        assertEquals(200, send("POST", "/stand-in/disputes/" + disputeId + "/close", "status=lost", Map.of()).statusCode());
        Event closed = verified(receiver.await(d -> d.payload().contains("\"charge.dispute.closed\""), 1, WAIT).get(0));
        assertEquals("lost", ((Dispute) closed.getDataObjectDeserializer().getObject().orElseThrow()).getStatus());
        assertEquals(400, send("POST", "/stand-in/disputes/" + disputeId + "/close", "status=won", Map.of()).statusCode());
    }

    @Test
    void aWonDisputeReinstatesTheAmountAndReturnsTheFee() throws Exception {
        PaymentIntent paid = paidIntent("B-1012", 1000);
        String disputeId = (String) Json.parseObject(send("POST", "/stand-in/charges/" + paid.getLatestCharge() + "/dispute", "",
                Map.of()).body()).get("id");

        assertEquals(200, send("POST", "/stand-in/disputes/" + disputeId + "/close", "status=won", Map.of()).statusCode());

        Event closed = verified(receiver.await(d -> d.payload().contains("\"charge.dispute.closed\""), 1, WAIT).get(0));
        Dispute won = (Dispute) closed.getDataObjectDeserializer().getObject().orElseThrow();
        assertEquals(2, won.getBalanceTransactions().size());
        assertEquals(1000L, won.getBalanceTransactions().get(1).getAmount(), "the amount comes back");
        assertEquals(-1500L, won.getBalanceTransactions().get(1).getFee(), "and the fee with it");
    }

    @Test
    void anInquiryWithdrawsNothingAndClosesAsWarningClosed() throws Exception {
        PaymentIntent paid = paidIntent("B-1011", 1000);

        HttpResponse<String> opened = send("POST", "/stand-in/charges/" + paid.getLatestCharge() + "/dispute", "inquiry=true", Map.of());

        assertEquals(200, opened.statusCode(), opened.body());
        Map<String, Object> dispute = Json.parseObject(opened.body());
        assertEquals("warning_needs_response", dispute.get("status"));
        assertEquals(List.of(), dispute.get("balance_transactions"), "an inquiry withdraws no money");
        String disputeId = (String) dispute.get("id");
        assertEquals(400, send("POST", "/stand-in/disputes/" + disputeId + "/close", "status=won", Map.of()).statusCode(),
                "an inquiry is not won or lost");
        assertEquals(200, send("POST", "/stand-in/disputes/" + disputeId + "/close", "status=warning_closed", Map.of()).statusCode());
    }

    // ---- Connect ----

    @Test
    void anExpressAccountIsOnboardedThroughItsLinkOnceAndStripeReportsItActive() throws Exception {
        Account made = stripe.v1().accounts().create(AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS).setCountry("NO").setEmail("hello@fjord.test")
                .putMetadata("bazaar_vendor_id", "7").build());
        assertTrue(made.getId().startsWith("acct_"));
        assertEquals("express", made.getType());
        assertFalse(made.getPayoutsEnabled());
        assertFalse(made.getRequirements().getCurrentlyDue().isEmpty());

        AccountLink link = stripe.v1().accountLinks().create(AccountLinkCreateParams.builder().setAccount(made.getId())
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl("http://shop.test/refresh").setReturnUrl("http://shop.test/return").build());
        String path = URI.create(link.getUrl()).getPath();
        HttpResponse<String> page = send("GET", path, null, Map.of());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(made.getId()), page.body());

        HttpResponse<String> done = send("POST", path, "", Map.of());
        assertEquals(303, done.statusCode());
        assertEquals("http://shop.test/return", done.headers().firstValue("Location").orElseThrow());
        Event updated = verified(receiver.await(d -> d.payload().contains("\"account.updated\""), 1, WAIT).get(0));
        Account reported = (Account) updated.getDataObjectDeserializer().getObject().orElseThrow();
        assertTrue(reported.getPayoutsEnabled());
        assertTrue(reported.getDetailsSubmitted());
        assertTrue(stripe.v1().accounts().retrieve(made.getId()).getRequirements().getCurrentlyDue().isEmpty());
        HttpResponse<String> usedAgain = send("POST", path, "", Map.of());
        assertEquals(303, usedAgain.statusCode());
        assertEquals("http://shop.test/refresh", usedAgain.headers().firstValue("Location").orElseThrow(), "a link works once");

        InvalidRequestException unknown = assertThrows(InvalidRequestException.class, () -> stripe.v1().accountLinks().create(
                AccountLinkCreateParams.builder().setAccount("acct_nope").setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                        .setRefreshUrl("http://shop.test/refresh").setReturnUrl("http://shop.test/return").build()));
        assertEquals("resource_missing", unknown.getCode());
    }

    @Test
    void aTransferToAnOnboardedAccountIsMadeOncePerKeyAndReversedNoFurtherThanItsAmount() throws Exception {
        Account account = stripe.v1().accounts().create(AccountCreateParams.builder().setType(AccountCreateParams.Type.EXPRESS)
                .setCountry("NO").build());
        TransferCreateParams params = TransferCreateParams.builder().setAmount(800L).setCurrency("eur").setDestination(account.getId())
                .setTransferGroup("B-1020").putMetadata("bazaar_vendor_id", "7").build();
        RequestOptions key = RequestOptions.builder().setIdempotencyKey("bazaar-transfer-1").build();
        InvalidRequestException notOnboarded = assertThrows(InvalidRequestException.class,
                () -> stripe.v1().transfers().create(params, RequestOptions.builder().setIdempotencyKey("bazaar-transfer-0").build()));
        assertEquals("insufficient_capabilities_for_transfer", notOnboarded.getCode());
        onboard(account.getId());
        PaymentIntent paid = paidIntent("B-1020", 1000);

        Transfer made = stripe.v1().transfers().create(TransferCreateParams.builder().setAmount(800L).setCurrency("eur")
                .setDestination(account.getId()).setSourceTransaction(paid.getLatestCharge()).setTransferGroup("B-1020")
                .putMetadata("bazaar_vendor_id", "7").build(), key);
        Transfer again = stripe.v1().transfers().create(TransferCreateParams.builder().setAmount(800L).setCurrency("eur")
                .setDestination(account.getId()).setSourceTransaction(paid.getLatestCharge()).setTransferGroup("B-1020")
                .putMetadata("bazaar_vendor_id", "7").build(), key);

        assertTrue(made.getId().startsWith("tr_"), made.getId());
        assertEquals(made.getId(), again.getId(), "the same key answers the same transfer");
        assertEquals(800L, made.getAmount());
        assertEquals(account.getId(), made.getDestination());
        assertEquals(paid.getLatestCharge(), made.getSourceTransaction());
        assertEquals("B-1020", made.getTransferGroup());
        assertEquals("7", made.getMetadata().get("bazaar_vendor_id"));
        assertEquals(1, stripe.v1().transfers().list(TransferListParams.builder().setDestination(account.getId()).build()).getData().size());
        InvalidRequestException tooMuch = assertThrows(InvalidRequestException.class, () -> stripe.v1().transfers().create(
                TransferCreateParams.builder().setAmount(1001L).setCurrency("eur").setDestination(account.getId())
                        .setSourceTransaction(paid.getLatestCharge()).build()));
        assertEquals("amount_too_large", tooMuch.getCode());

        TransferReversal reversed = stripe.v1().transfers().reversals().create(made.getId(),
                TransferReversalCreateParams.builder().setAmount(300L).build(), RequestOptions.builder().setIdempotencyKey("r-1").build());
        assertTrue(reversed.getId().startsWith("trr_"), reversed.getId());
        assertEquals(300L, reversed.getAmount());
        assertEquals(made.getId(), reversed.getTransfer());
        Transfer after = stripe.v1().transfers().retrieve(made.getId());
        assertEquals(300L, after.getAmountReversed());
        assertFalse(after.getReversed());
        assertEquals(1, after.getReversals().getData().size());
        InvalidRequestException beyond = assertThrows(InvalidRequestException.class, () -> stripe.v1().transfers().reversals()
                .create(made.getId(), TransferReversalCreateParams.builder().setAmount(501L).build()));
        assertEquals("amount_too_large", beyond.getCode());
        stripe.v1().transfers().reversals().create(made.getId());
        assertTrue(stripe.v1().transfers().retrieve(made.getId()).getReversed(), "the rest reversed: fully reversed");
    }

    private void onboard(String accountId) throws Exception {
        AccountLink link = stripe.v1().accountLinks().create(AccountLinkCreateParams.builder().setAccount(accountId)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl("http://shop.test/refresh").setReturnUrl("http://shop.test/return").build());
        assertEquals(303, send("POST", URI.create(link.getUrl()).getPath(), "", Map.of()).statusCode());
    }

    // ---- webhook delivery ----

    @Test
    void retriesADeliveryUntilBazaarAnswers2xxAndListsTheOutcome() throws Exception {
        receiver.answer(500, 503);
        PaymentIntent pi = stripe.v1().paymentIntents().create(order("B-1011", 1000));
        stripe.v1().paymentIntents().cancel(pi.getId());

        List<WebhookReceiver.Delivery> attempts = receiver.await(
                d -> d.payload().contains("\"payment_intent.canceled\""), 3, Duration.ofSeconds(10));
        // the same event each time, signed anew
        assertEquals(attempts.get(0).payload(), attempts.get(2).payload());
        verified(attempts.get(2));

        Map<String, Object> listed = awaitDeliveryStatus("payment_intent.canceled", "delivered");
        @SuppressWarnings("unchecked")
        Map<String, Object> delivery = (Map<String, Object>) listed.get("delivery");
        assertEquals(200L, delivery.get("http_status"));
        assertEquals(3L, delivery.get("attempt_count"));
    }

    @Test
    void aBadRequestAnswerIsFinal() throws Exception {
        receiver.answer(400);
        PaymentIntent pi = stripe.v1().paymentIntents().create(order("B-1012", 1000));
        stripe.v1().paymentIntents().cancel(pi.getId());

        Map<String, Object> listed = awaitDeliveryStatus("payment_intent.canceled", "failed");
        @SuppressWarnings("unchecked")
        Map<String, Object> delivery = (Map<String, Object>) listed.get("delivery");
        assertEquals(400L, delivery.get("http_status"));
        assertEquals(1L, delivery.get("attempt_count"));

        String eventId = (String) listed.get("id");
        assertEquals(200, send("POST", "/stand-in/events/" + eventId + "/resend", "", Map.of()).statusCode());
        receiver.await(d -> d.payload().contains(eventId), 2, WAIT);
    }

    // ---- WireMock: fault injection and the request journal ----

    @Test
    void aHigherPriorityStubAddedThroughTheAdminApiWinsUntilReset() throws Exception {
        HttpResponse<String> added = send("POST", "/__admin/mappings", """
                {"priority": 1,
                 "request": {"method": "POST", "urlPath": "/v1/payment_intents"},
                 "response": {"status": 500, "headers": {"Content-Type": "application/json"},
                              "jsonBody": {"error": {"type": "api_error", "message": "Injected by the test"}}}}
                """, Map.of("Content-Type", "application/json"));
        assertEquals(201, added.statusCode(), added.body());

        ApiException failure = assertThrows(ApiException.class,
                () -> stripe.v1().paymentIntents().create(order("B-1013", 1000)));
        assertEquals(500, failure.getStatusCode());
        assertTrue(failure.getMessage().contains("Injected by the test"), failure.getMessage());

        assertEquals(200, send("POST", "/__admin/reset", "", Map.of()).statusCode());
        assertEquals("requires_payment_method", stripe.v1().paymentIntents().create(order("B-1013", 1000)).getStatus());
    }

    @Test
    void anAddedStubMayKeepTheBuiltInBehaviourAndAddADelay() throws Exception {
        assertEquals(201, send("POST", "/__admin/mappings", """
                {"priority": 1,
                 "request": {"method": "POST", "urlPath": "/v1/payment_intents"},
                 "response": {"fixedDelayMilliseconds": 500, "transformers": ["bazaar-stripe-stand-in"]}}
                """, Map.of("Content-Type", "application/json")).statusCode());
        long start = System.nanoTime();
        PaymentIntent pi = stripe.v1().paymentIntents().create(order("B-1014", 1000));
        assertTrue(System.nanoTime() - start >= 500_000_000L);
        assertEquals("requires_payment_method", pi.getStatus());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJournalRecordsTheFormBodyAndTheIdempotencyKey() throws Exception {
        stripe.v1().paymentIntents().create(order("B-1015", 1234),
                RequestOptions.builder().setIdempotencyKey("order-B-1015").build());

        HttpResponse<String> found = send("POST", "/__admin/requests/find", """
                {"method": "POST", "url": "/v1/payment_intents",
                 "headers": {"Idempotency-Key": {"equalTo": "order-B-1015"}},
                 "formParameters": {"metadata[order_number]": {"equalTo": "B-1015"},
                                    "amount": {"equalTo": "1234"}}}
                """, Map.of("Content-Type", "application/json"));
        assertEquals(200, found.statusCode(), found.body());
        List<Object> requests = (List<Object>) Json.parseObject(found.body()).get("requests");
        assertEquals(1, requests.size(), found.body());
        Map<String, Object> request = (Map<String, Object>) requests.get(0);
        assertTrue(((String) request.get("body")).contains("transfer_group=order_B-1015"), (String) request.get("body"));

        // and the plain journal lists every served request, newest first
        Map<String, Object> journal = Json.parseObject(send("GET", "/__admin/requests", null, Map.of()).body());
        Map<String, Object> newest = (Map<String, Object>) ((List<Object>) journal.get("requests")).get(0);
        Map<String, Object> logged = (Map<String, Object>) newest.get("request");
        assertEquals("/v1/payment_intents", logged.get("url"));
        assertEquals("order-B-1015", ((Map<String, Object>) logged.get("headers")).get("Idempotency-Key"));
    }

    // ---- HTTP-level behaviour ----

    @Test
    void authenticationFollowsStripe() throws Exception {
        StripeClient wrongKey = StripeClient.builder().setApiKey("sk_test_somebody_else_entirely")
                .setApiBase(standIn.baseUrl()).setMaxNetworkRetries(0).build();
        AuthenticationException refused = assertThrows(AuthenticationException.class,
                () -> wrongKey.v1().paymentIntents().create(order("B-1016", 1000)));
        assertEquals(401, refused.getStatusCode());

        assertEquals(401, send("POST", "/v1/payment_intents", "amount=1000&currency=eur", Map.of()).statusCode());
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (StandInSettings.DEFAULT_SECRET_KEY + ":").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, send("POST", "/v1/payment_intents", "amount=1000&currency=eur",
                Map.of("Authorization", basic, "Content-Type", "application/x-www-form-urlencoded")).statusCode());
        // the publishable key may not create intents
        assertEquals(401, send("POST", "/v1/payment_intents",
                "amount=1000&currency=eur&key=" + StandInSettings.DEFAULT_PUBLISHABLE_KEY, Map.of()).statusCode());
    }

    @Test
    void theBrowserConfirmsWithThePublishableKeyAndTheClientSecret() throws Exception {
        PaymentIntent pi = stripe.v1().paymentIntents().create(order("B-1017", 1000));
        String pk = "key=" + StandInSettings.DEFAULT_PUBLISHABLE_KEY;
        String path = "/v1/payment_intents/" + pi.getId() + "/confirm";
        Map<String, String> browser = Map.of("Origin", "http://localhost:9080",
                "Content-Type", "application/x-www-form-urlencoded");

        HttpResponse<String> noSecret = send("POST", path, pk + "&payment_method=pm_card_visa", browser);
        assertEquals(400, noSecret.statusCode());
        HttpResponse<String> wrongSecret = send("POST", path,
                pk + "&payment_method=pm_card_visa&client_secret=" + pi.getId() + "_secret_wrong", browser);
        assertEquals(400, wrongSecret.statusCode());

        HttpResponse<String> ok = send("POST", path, pk + "&payment_method=pm_card_visa&client_secret="
                + pi.getClientSecret() + "&return_url=http%3A%2F%2Flocalhost%3A9080%2Fcheckout%2Fdone", browser);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("*", ok.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("succeeded", Json.parseObject(ok.body()).get("status"));

        HttpResponse<String> retrieved = send("GET", "/v1/payment_intents/" + pi.getId() + "?" + pk
                + "&client_secret=" + pi.getClientSecret(), null, Map.of());
        assertEquals(200, retrieved.statusCode());

        HttpResponse<String> preflight = send("OPTIONS", path, null, Map.of("Origin", "http://localhost:9080",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type, x-forwarded-for"));
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("x-forwarded-for"),
                "a header the test browser adds to every request is allowed too");
    }

    @Test
    void anythingElseUnderV1IsALoud404() throws Exception {
        HttpResponse<String> missing = send("POST", "/v1/payouts", "amount=1&currency=eur", auth());
        assertEquals(404, missing.statusCode());
        Map<?, ?> error = (Map<?, ?>) Json.parseObject(missing.body()).get("error");
        assertEquals("invalid_request_error", error.get("type"));
        assertTrue(((String) error.get("message")).startsWith("Unrecognized request URL (POST: /v1/payouts)"));

        HttpResponse<String> unknownParam = send("POST", "/v1/payment_intents", "amount=1000&currency=eur&customer=cus_1",
                auth());
        assertEquals(400, unknownParam.statusCode());
        assertEquals("parameter_unknown", ((Map<?, ?>) Json.parseObject(unknownParam.body()).get("error")).get("code"));
    }

    @Test
    void servesTheStripeJsStandIn() throws Exception {
        for (String path : List.of("/v3/", "/v3", "/v3/stripe.js")) {
            HttpResponse<String> js = send("GET", path, null, Map.of());
            assertEquals(200, js.statusCode(), path);
            assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"));
            assertTrue(js.body().contains("global.Stripe = Stripe"));
            assertTrue(js.body().contains("'standin-card'"));
            assertTrue(js.body().contains("No real card is charged"));
            assertTrue(js.body().contains("4000 0000 0000 9995"));
        }
    }

    @Test
    void theStandInResetForgetsEverything() throws Exception {
        PaymentIntent pi = paidIntent("B-1018", 1000);
        assertEquals(200, send("POST", "/stand-in/reset", "", Map.of()).statusCode());
        assertEquals(404, send("GET", "/v1/payment_intents/" + pi.getId(), null, auth()).statusCode());
        assertEquals(List.of(), Json.parseObject(send("GET", "/stand-in/events", null, Map.of()).body()).get("data"));
    }

    // ---- helpers ----

    private static PaymentIntentCreateParams order(String number, long amount) {
        return PaymentIntentCreateParams.builder()
                .setAmount(amount)
                .setCurrency("eur")
                .setTransferGroup("order_" + number)
                .putMetadata("order_number", number)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).build())
                .build();
    }

    private PaymentIntent paidIntent(String number, long amount) throws Exception {
        PaymentIntent pi = stripe.v1().paymentIntents().create(order(number, amount));
        return stripe.v1().paymentIntents().confirm(pi.getId(),
                PaymentIntentConfirmParams.builder().setPaymentMethod("pm_card_visa").build());
    }

    private static Event verified(WebhookReceiver.Delivery delivery) throws SignatureVerificationException {
        return Webhook.constructEvent(delivery.payload(), delivery.signature(), StandInSettings.DEFAULT_WEBHOOK_SECRET);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> awaitDeliveryStatus(String type, String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Map<String, Object> last = null;
        while (System.nanoTime() < deadline) {
            Map<String, Object> list = Json.parseObject(send("GET", "/stand-in/events?type=" + type, null, Map.of()).body());
            List<Object> data = (List<Object>) list.get("data");
            if (!data.isEmpty()) {
                last = (Map<String, Object>) data.get(data.size() - 1);
                if (status.equals(((Map<String, Object>) last.get("delivery")).get("status"))) {
                    return last;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + type + " event reached delivery status " + status + "; last: " + last);
    }

    private static Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + StandInSettings.DEFAULT_SECRET_KEY,
                "Content-Type", "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
