package dev.bazaar.ordering.application;

import java.time.Instant;
import java.util.Optional;

import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.VendorOrder;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import dev.bazaar.payment.application.RefundableOrders;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The orders' side of refunds: a part as a refund sees it (its group locked), and a returned part
 * that is refunded in full moving on to REFUNDED. A part counts as paid when its history went through
 * PAID: a part cancelled before its group's payment arrived was never paid for.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class OrderRefunds implements RefundableOrders {

    @Inject
    Orders orders;

    @Override
    public Optional<Part> lockPart(String vendorOrderNumber) {
        return orders.vendorOrderForUpdate(vendorOrderNumber).map(order -> {
            OrderGroup group = order.group();
            boolean paid = order.history().stream().anyMatch(step -> step.to() == VendorOrderStatus.PAID);
            boolean givenBack = order.status() == VendorOrderStatus.RETURNED || order.status() == VendorOrderStatus.REFUNDED
                    || (paid && order.status() == VendorOrderStatus.CANCELLED);
            return new Part(group.id(), group.number(), order.id(), order.number(), order.vendorId(), order.total(),
                    group.paymentMethod(), group.customerEmail(), paid, givenBack);
        });
    }

    @Override
    public void fullyRefunded(String vendorOrderNumber, String actor) {
        VendorOrder order = orders.vendorOrderForUpdate(vendorOrderNumber).orElseThrow();
        if (order.status().canTransitionTo(VendorOrderStatus.REFUNDED)) {
            order.moveTo(VendorOrderStatus.REFUNDED, actor, "refunded in full", Instant.now());
        }
    }
}
