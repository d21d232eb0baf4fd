package dev.bazaar.payment.application;

import java.time.Instant;

import dev.bazaar.payment.domain.Refund;
import dev.bazaar.payment.domain.Refunds;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * What Stripe says of a refund, from its answer or a webhook, applied once: a refund that succeeds
 * sends payment.refunded, and once a part's refunds that went through add up to its total, a
 * returned part becomes REFUNDED.
 */
@Dependent
public class RefundOutcomes {

    @Inject
    PaymentEvents events;

    @Inject
    RefundableOrders orders;

    @Inject
    Refunds refunds;

    void apply(Refund refund, String stripeRefundId, String status, String failureReason, Instant now) {
        switch (status) {
            case "succeeded" -> {
                if (refund.succeeded(stripeRefundId, now)) {
                    done(refund);
                }
            }
            case "failed", "canceled" -> refund.failed(failureReason == null ? "Stripe could not send the refund" : failureReason, now);
            default -> refund.accepted(stripeRefundId, now);
        }
    }

    /** The money of {@code refund} has gone back: tell the shopper, and close the part when it is refunded in full. */
    void done(Refund refund) {
        RefundableOrders.Part part = orders.lockPart(refund.vendorOrderNumber()).orElseThrow();
        events.refunded(refund, part);
        if (refunds.doneFor(refund.vendorOrderId()) >= part.total().amountMinor()) {
            orders.fullyRefunded(refund.vendorOrderNumber(), refund.requestedBy());
        }
    }
}
