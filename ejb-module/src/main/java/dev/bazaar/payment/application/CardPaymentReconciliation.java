package dev.bazaar.payment.application;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Finishes card work that a crash (or an answer lost on the way back from Stripe) left half done.
 * Every 20 seconds it looks for card payments whose PaymentIntent was never recorded and card refunds
 * Stripe never answered, each unchanged for longer than the grace
 * ({@code bazaar.payments.reconcile-after-seconds}, 60 by default, so work still in flight is left
 * alone), and asks Stripe again with the idempotency key the first request carried: Stripe answers
 * with the intent or refund it may already have made, never a second one, and the answer is recorded.
 * Several servers may run this at once: each row is claimed by an update guarded by its state and
 * last change, so one server takes it; a claimant that dies leaves it for a pass after the next grace.
 */
@Stateless
public class CardPaymentReconciliation {

    private static final Logger LOG = Logger.getLogger(CardPaymentReconciliation.class.getName());
    private static final int BATCH = 50;

    @Inject
    CardPaymentWork work;

    @Inject
    CardPaymentDesk desk;

    @Inject
    RefundDesk refunds;

    @Inject
    @ConfigProperty(name = "bazaar.payments.reconcile-after-seconds", defaultValue = "60")
    long graceSeconds;

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false, info = "finish unrecorded card work")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onSchedule() {
        reconcile(Instant.now().minus(Duration.ofSeconds(graceSeconds)));
    }

    /** Finishes what was left unchanged since before {@code before}; returns how many payments and refunds it finished. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int reconcile(Instant before) {
        int finished = 0;
        for (long groupId : work.awaitingIntentSince(before, BATCH)) {
            try {
                if (desk.finishUnstarted(groupId, before)) {
                    finished++;
                    LOG.info("Reconciled the card payment of order group " + groupId + ": its intent was never recorded");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not reconcile the card payment of order group " + groupId + "; a later pass tries again", e);
            }
        }
        for (long refundId : refunds.unanswered(before, BATCH)) {
            try {
                if (refunds.resendUnanswered(refundId, before)) {
                    finished++;
                    LOG.info("Reconciled refund " + refundId + ": Stripe's answer was never recorded");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not reconcile refund " + refundId + "; a later pass tries again", e);
            }
        }
        return finished;
    }
}
