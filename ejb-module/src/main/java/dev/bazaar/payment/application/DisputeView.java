package dev.bazaar.payment.application;

import java.time.Instant;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.Dispute;

/** A chargeback as admins see it: on which order group, how much, why, and how it ended. */
public record DisputeView(long id, String stripeDisputeId, long orderGroupId, Money amount, String reason, String status,
                          String outcome, Instant openedAt, Instant closedAt) {

    static DisputeView of(Dispute d) {
        return new DisputeView(d.id(), d.stripeDisputeId(), d.orderGroupId(), d.amount(), d.reason(), d.status(), d.outcome(),
                d.openedAt(), d.closedAt());
    }
}
