package dev.bazaar.ordering.application;

import java.time.Instant;

import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.PaymentStatus;
import dev.bazaar.payment.application.PaymentOutcomes;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The orders' side of a settled card payment: the group, locked, is marked paid if it still awaits
 * its payment, in the transaction that records the payment.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class OrderPaymentOutcomes implements PaymentOutcomes {

    static final String ACTOR = "stripe";

    @Inject
    Orders orders;

    @Inject
    OrderLifecycle lifecycle;

    @Override
    public Accepted paid(long orderGroupId, Instant at, String reason) {
        OrderGroup group = orders.groupForUpdate(orderGroupId).orElseThrow();
        if (group.awaitsPayment()) {
            lifecycle.markPaid(group, ACTOR, reason);
            return Accepted.PAID;
        }
        return group.paymentStatus() == PaymentStatus.PAID ? Accepted.ALREADY_PAID : Accepted.NOT_PAYABLE;
    }
}
