package dev.bazaar.payment.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Hands a card refund recorded inside another transaction (a cancellation's) to Stripe once that
 * transaction committed: before, the refund's row would not be there to claim, and Stripe must never be
 * asked for a refund Bazaar then rolls back. Nothing transactional runs in the commit's own callback;
 * the send runs asynchronously.
 */
@ApplicationScoped
public class RefundsAfterCommit {

    @EJB
    RefundDesk desk;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RefundDesk.CardRefundRecorded recorded) {
        desk.sendRecorded(recorded.refundId());
    }
}
