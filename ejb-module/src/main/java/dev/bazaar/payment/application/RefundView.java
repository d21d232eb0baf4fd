package dev.bazaar.payment.application;

import java.time.Instant;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.Refund;

/** A refund as pages and the API show it. */
public record RefundView(long id, String vendorOrderNumber, String method, Money amount, String status, String reason,
                         String requestedBy, String failureMessage, String paidOutReference, Instant createdAt) {

    static RefundView of(Refund r) {
        return new RefundView(r.id(), r.vendorOrderNumber(), r.method(), r.amount(), r.status().name(), r.reason(),
                r.requestedBy(), r.failureMessage(), r.paidOutReference(), r.createdAt());
    }
}
