package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.bazaar.payment.domain.CardPayment;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The calls to Stripe, each made outside any transaction: no row lock or XA branch is held while
 * Stripe answers (or does not). What Stripe said is then recorded by {@link CardPaymentWork} in a
 * transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CardPaymentDesk {

    private static final Logger LOG = Logger.getLogger(CardPaymentDesk.class.getName());

    @Inject
    CardPaymentWork work;

    @Inject
    CardGateway gateway;

    @Inject
    CardSettings settings;

    /**
     * Makes sure the group's intent exists at Stripe and says how the shopper pays now. Safe to call
     * again and again: the idempotency key derived from the order makes Stripe return the same intent.
     */
    public PaymentStart open(long orderGroupId) {
        PaymentView payment = work.of(orderGroupId).orElseThrow(() -> new IllegalStateException("no card payment for group " + orderGroupId));
        if (payment.intentId() != null || !payment.payable()) {
            return payment.start(settings.publishableKey());
        }
        try {
            CardGateway.Intent intent = gateway.createIntent(new CardGateway.IntentRequest(payment.amount(),
                    payment.orderNumber(), "Bazaar order " + payment.orderNumber(), null,
                    Map.of("order_number", payment.orderNumber(), "order_group_id", Long.toString(orderGroupId))),
                    CardPayment.idempotencyKeyFor(payment.orderNumber()));
            return work.intentCreated(orderGroupId, intent);
        } catch (GatewayException e) {
            LOG.log(Level.WARNING, "Could not create the PaymentIntent of order " + payment.orderNumber() + ": " + e.getMessage());
            return work.couldNotStart(orderGroupId, e);
        }
    }

    /**
     * For {@link CardPaymentReconciliation}: claims a payment whose intent was never recorded and opens
     * it as {@link #open} does, with the same idempotency key, so Stripe returns the intent it may
     * already have made instead of making a second. False when another server claimed it first.
     */
    public boolean finishUnstarted(long orderGroupId, Instant before) {
        if (!work.claimAwaitingIntent(orderGroupId, before)) {
            return false;
        }
        open(orderGroupId);
        return true;
    }

    /**
     * Reads the intent back from Stripe (the shopper returned from paying) and records what it says;
     * whichever of this and the webhook comes first marks the order paid, the other changes nothing.
     */
    public Optional<PaymentView> refresh(long orderGroupId) {
        Optional<PaymentView> payment = work.of(orderGroupId);
        if (payment.isEmpty() || payment.get().intentId() == null) {
            return payment;
        }
        try {
            return work.intentRead(gateway.retrieveIntent(payment.get().intentId()), "read back on return");
        } catch (GatewayException e) {
            LOG.log(Level.WARNING, "Could not read intent " + payment.get().intentId() + " back: " + e.getMessage());
            return payment;
        }
    }

    /** The order expired unpaid: the payment is given up here and its intent cancelled at Stripe. */
    public void giveUp(long orderGroupId) {
        work.orderGaveUp(orderGroupId).ifPresent(intentId -> {
            try {
                work.intentRead(gateway.cancelIntent(intentId, "bazaar-cancel-" + intentId), "cancelled on expiry");
            } catch (GatewayException e) {
                // the intent stays open at Stripe, but Bazaar no longer accepts it; a late success is flagged for refund
                LOG.log(Level.WARNING, "Could not cancel intent " + intentId + " at Stripe: " + e.getMessage());
            }
        });
    }
}
