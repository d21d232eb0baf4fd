package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.CardPayment;
import dev.bazaar.payment.domain.CardPayments;
import dev.bazaar.payment.domain.ConnectedAccount;
import dev.bazaar.payment.domain.ConnectedAccounts;
import dev.bazaar.payment.domain.Dispute;
import dev.bazaar.payment.domain.Disputes;
import dev.bazaar.payment.domain.Refund;
import dev.bazaar.payment.domain.Refunds;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The database side of card payments, each method a transaction (or a part of the caller's): the
 * payment row, the order's change through {@link PaymentOutcomes}, and the {@code payment.*} event
 * commit together. Never calls Stripe: {@link CardPaymentDesk} does that between transactions.
 */
@Stateless
public class CardPaymentWork {

    private static final Logger LOG = Logger.getLogger(CardPaymentWork.class.getName());

    @Inject
    CardPayments payments;

    @Inject
    PaymentOutcomes orders;

    @Inject
    PaymentEvents events;

    @Inject
    Refunds refunds;

    @Inject
    RefundOutcomes refundOutcomes;

    @Inject
    Disputes disputes;

    @Inject
    DisputePostings disputePostings;

    @Inject
    ConnectedAccounts connectedAccounts;

    @Inject
    CardSettings settings;

    /** In the checkout's transaction: the group's payment row (made once), and what the shopper can do now. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public PaymentStart prepare(PaymentRequest request) {
        CardPayment payment = payments.ofGroup(request.orderGroupId()).orElseGet(() -> payments.add(new CardPayment(
                request.orderGroupId(), request.orderNumber(), request.customerEmail(), request.total(), Instant.now())));
        return start(payment);
    }

    /** The payment of a group as it stands, for {@link CardPaymentDesk}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<PaymentView> of(long orderGroupId) {
        return payments.ofGroup(orderGroupId).map(PaymentView::of);
    }

    /** Payments whose intent was never recorded, unchanged since before {@code before} (see {@link CardPaymentReconciliation}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> awaitingIntentSince(Instant before, int max) {
        return payments.awaitingIntentSince(before, max);
    }

    /** Claims one of them for this server's reconciliation; false when another claimed it or it moved on. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimAwaitingIntent(long orderGroupId, Instant before) {
        return payments.claimAwaitingIntent(orderGroupId, before, Instant.now());
    }

    /** Stripe made (or, for a repeated key, returned) the intent: recorded in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PaymentStart intentCreated(long orderGroupId, CardGateway.Intent intent) {
        CardPayment payment = payments.ofGroupForUpdate(orderGroupId).orElseThrow();
        Instant now = Instant.now();
        payment.intentCreated(intent.id(), intent.clientSecret(), now);
        apply(payment, intent, now, "intent created");
        return start(payment);
    }

    /** Stripe could not be reached or refused: the order stays payable; the row says why. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PaymentStart couldNotStart(long orderGroupId, GatewayException failure) {
        CardPayment payment = payments.ofGroupForUpdate(orderGroupId).orElseThrow();
        payment.couldNotStart(failure.code(), failure.getMessage(), Instant.now());
        return start(payment);
    }

    /** What Stripe says of the intent now (read back on the shopper's return, or after a timeout). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<PaymentView> intentRead(CardGateway.Intent intent, String source) {
        Optional<CardPayment> payment = payments.ofIntentForUpdate(intent.id());
        payment.ifPresent(p -> apply(p, intent, Instant.now(), source));
        return payment.map(PaymentView::of);
    }

    /** The expiry cancelled the order: no payment is expected any more. Returns the intent to cancel at Stripe, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> orderGaveUp(long orderGroupId) {
        Optional<CardPayment> payment = payments.ofGroupForUpdate(orderGroupId);
        return payment.filter(p -> p.canceled(Instant.now()))
                .map(p -> {
                    events.canceled(p);
                    return p.intentId();
                });
    }

    /**
     * A verified Stripe event, handled once: a redelivered event id changes nothing. Events that say
     * nothing Bazaar acts on are recorded and otherwise ignored.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void handle(CardGateway.Event event) {
        JsonObject object = event.object();
        String objectId = object.getString("id", null);
        if (!payments.firstTime(event.id(), event.type(), objectId, Instant.now())) {
            return;
        }
        switch (event.type()) {
            case "payment_intent.succeeded", "payment_intent.payment_failed", "payment_intent.canceled",
                 "payment_intent.processing" -> payments.ofIntentForUpdate(objectId)
                    .ifPresentOrElse(p -> apply(p, intentOf(object), Instant.now(), "Stripe event " + event.id()),
                            () -> LOG.warning("Stripe event " + event.id() + " names intent " + objectId + ", which is not ours"));
            case "charge.refund.updated" -> refundReported(object);
            case "charge.refunded" -> {
                if (object.get("refunds") instanceof JsonObject list && list.get("data") instanceof jakarta.json.JsonArray data) {
                    data.forEach(refund -> refundReported(refund.asJsonObject()));
                }
            }
            case "charge.dispute.created", "charge.dispute.updated", "charge.dispute.closed", "charge.dispute.funds_withdrawn",
                 "charge.dispute.funds_reinstated" -> disputeReported(object);
            case "account.updated" -> accountUpdated(object);
            default -> {
                // recorded as seen; nothing else to do for it
            }
        }
    }

    /**
     * A shop's connected account changed (onboarding finished, payouts enabled or restricted). An account
     * that is no shop's is refused, and the event is not recorded as seen.
     */
    private void accountUpdated(JsonObject account) {
        String stripeId = account.getString("id", "");
        ConnectedAccount ours = connectedAccounts.ofStripeForUpdate(stripeId).orElseThrow(() ->
                new InvalidInputException("account", "is not the Stripe account of a shop on Bazaar: " + stripeId));
        JsonObject requirements = account.get("requirements") instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
        ours.update(new ConnectedAccount.State(account.getBoolean("details_submitted", false),
                account.getBoolean("charges_enabled", false), account.getBoolean("payouts_enabled", false),
                requirements.get("currently_due") instanceof jakarta.json.JsonArray due ? due.size() : 0,
                requirements.get("disabled_reason") instanceof jakarta.json.JsonString reason ? reason.getString() : null),
                Instant.now());
    }

    /** A refund Stripe reports on (found by its id, or by the Bazaar refund id in its metadata). */
    private void refundReported(JsonObject refund) {
        String stripeId = refund.getString("id", null);
        Optional<Refund> ours = stripeId == null ? Optional.empty() : refunds.ofStripeRefund(stripeId);
        if (ours.isEmpty() && refund.get("metadata") instanceof JsonObject metadata && metadata.containsKey("bazaar_refund_id")) {
            ours = refunds.findForUpdate(Long.parseLong(metadata.getString("bazaar_refund_id")));
        }
        ours.ifPresentOrElse(r -> refundOutcomes.apply(r, stripeId, refund.getString("status", "pending"),
                        refund.getString("failure_reason", null), Instant.now()),
                () -> LOG.warning("Stripe reports refund " + stripeId + ", which Bazaar did not ask for"));
    }

    /**
     * Stripe reports a dispute (a chargeback or an inquiry), in whatever order its events come: the first
     * report records it and flags the order group for admins with the amount and reason; each report
     * brings its status and the fees of its balance transactions, and {@link DisputePostings} writes what
     * that moves on the ledger.
     */
    private void disputeReported(JsonObject dispute) {
        String chargeId = dispute.get("charge") instanceof jakarta.json.JsonString c ? c.getString()
                : dispute.get("charge") instanceof JsonObject c ? c.getString("id", null) : null;
        Optional<CardPayment> payment = chargeId == null ? Optional.empty() : payments.ofCharge(chargeId);
        if (payment.isEmpty()) {
            LOG.warning("Stripe reports dispute " + dispute.getString("id", "?") + " on charge " + chargeId + ", which is not ours");
            return;
        }
        Instant now = Instant.now();
        String status = dispute.getString("status", "needs_response");
        Dispute ours = disputes.ofStripe(dispute.getString("id")).orElse(null);
        if (ours == null) {
            ours = new Dispute(dispute.getString("id"), chargeId, payment.get().orderGroupId(),
                    Money.ofMinor(dispute.getJsonNumber("amount").longValueExact(), dispute.getString("currency").toUpperCase(java.util.Locale.ROOT)),
                    dispute.getString("reason", "general"), status, now);
            disputes.add(ours);
        }
        ours.update(status, now);
        disputePostings.reported(ours, payment.get(), feesOf(dispute), now);
    }

    /** The fees on a dispute's balance transactions (expanded objects, as Stripe sends them on a dispute). */
    private static List<DisputePostings.Fee> feesOf(JsonObject dispute) {
        if (!(dispute.get("balance_transactions") instanceof jakarta.json.JsonArray transactions)) {
            return List.of();
        }
        return transactions.stream().filter(t -> t instanceof JsonObject).map(JsonValue::asJsonObject)
                .filter(t -> t.get("fee") instanceof jakarta.json.JsonNumber && t.containsKey("id"))
                .map(t -> new DisputePostings.Fee(t.getString("id"), Money.ofMinor(t.getJsonNumber("fee").longValueExact(),
                        t.getString("currency", dispute.getString("currency")).toUpperCase(java.util.Locale.ROOT))))
                .filter(f -> f.fee().amountMinor() != 0)
                .toList();
    }

    /**
     * Moves the payment to where Stripe says its intent is. Only the first news of a success marks the
     * order paid and sends {@code payment.succeeded}; a failure after a success changes nothing.
     */
    private void apply(CardPayment payment, CardGateway.Intent intent, Instant now, String source) {
        switch (intent.status()) {
            case "succeeded" -> {
                if (payment.succeeded(intent.latestCharge(), now)) {
                    PaymentOutcomes.Accepted accepted = orders.paid(payment.orderGroupId(), now, "paid by card (" + source + ")");
                    if (accepted == PaymentOutcomes.Accepted.NOT_PAYABLE) {
                        LOG.warning("Card payment " + payment.intentId() + " succeeded for order " + payment.orderNumber()
                                + ", which can no longer be paid: it must be refunded");
                    }
                    events.succeeded(payment);
                }
            }
            case "requires_payment_method" -> {
                if (intent.errorCode() != null || intent.errorMessage() != null) {
                    if (payment.failed(intent.errorCode(), intent.errorMessage(), now)) {
                        events.failed(payment);
                    }
                }
            }
            case "processing" -> payment.processing(now);
            case "canceled" -> {
                if (payment.canceled(now)) {
                    events.canceled(payment);
                }
            }
            default -> {
                // requires_action, requires_confirmation: the shopper is still at it
            }
        }
    }

    private PaymentStart start(CardPayment payment) {
        return PaymentView.of(payment).start(settings.publishableKey());
    }


    /** An intent as a webhook's {@code data.object} carries it. */
    static CardGateway.Intent intentOf(JsonObject object) {
        JsonObject error = object.get("last_payment_error") instanceof JsonObject e ? e : null;
        String charge = object.get("latest_charge") instanceof jakarta.json.JsonString s ? s.getString()
                : object.get("latest_charge") instanceof JsonObject c ? c.getString("id", null) : null;
        return new CardGateway.Intent(object.getString("id"), object.getString("status"),
                Money.ofMinor(object.getJsonNumber("amount").longValueExact(), object.getString("currency").toUpperCase(java.util.Locale.ROOT)),
                null, charge,
                error == null ? null : error.getString("decline_code", error.getString("code", null)),
                error == null ? null : error.getString("message", null), java.util.Map.of());
    }
}
