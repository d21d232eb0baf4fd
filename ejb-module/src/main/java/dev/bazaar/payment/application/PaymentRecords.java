package dev.bazaar.payment.application;

import java.util.List;

import dev.bazaar.payment.domain.Refunds;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * An order group's refunds for a service that has already decided the caller may see them (the
 * customer's own order).
 */
@Dependent
public class PaymentRecords {

    @Inject
    Refunds refunds;

    public List<RefundView> refundsOf(long orderGroupId) {
        return refunds.ofGroup(orderGroupId).stream().map(RefundView::of).toList();
    }
}
