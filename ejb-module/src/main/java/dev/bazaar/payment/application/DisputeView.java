package dev.bazaar.payment.application;

import java.time.Instant;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.Dispute;

/** A chargeback as admins see it: on which order (group id and number), how much, why, and how it ended. */
public record DisputeView(long id, String stripeDisputeId, long orderGroupId, String orderNumber, Money amount, String reason,
                          String status, String outcome, Instant openedAt, Instant closedAt) {

    static DisputeView of(Dispute d, String orderNumber) {
        return new DisputeView(d.id(), d.stripeDisputeId(), d.orderGroupId(), orderNumber, d.amount(), d.reason(), d.status(),
                d.outcome(), d.openedAt(), d.closedAt());
    }

    public boolean open() {
        return closedAt == null;
    }
}
