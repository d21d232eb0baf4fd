package dev.bazaar.ordering.application;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.bazaar.kernel.MessageKey;
import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.VendorOrder;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import dev.bazaar.payment.application.PaymentMethods;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Unpaid orders do not hold stock for ever: every minute, each order whose payment window has
 * passed (set at checkout by its payment method: 30 minutes for a card, 7 days for a bank transfer
 * by default; see {@code PaymentMethod#paymentWindow}) is cancelled, its
 * reservations released and {@code order.cancelled} sent, each order in a transaction of its own.
 * Several servers may run this at once: the group's row lock and its status let only one act.
 */
@Stateless
public class ReservationExpiry {

    static final String ACTOR = "system";
    private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());
    private static final int BATCH = 100;

    @Inject
    Orders orders;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    PaymentMethods payments;

    @Resource
    SessionContext context;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "release unpaid reservations")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onSchedule() {
        releaseExpired(Instant.now());
    }

    /** Expires what was due before {@code now}; returns how many orders it cancelled. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int releaseExpired(Instant now) {
        ReservationExpiry self = context.getBusinessObject(ReservationExpiry.class);
        List<Long> due = self.due(now);
        int expired = 0;
        for (long groupId : due) {
            try {
                if (self.expire(groupId, now)) {
                    expired++;
                    payments.orderGaveUp(groupId);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not expire order group " + groupId + "; the next run tries again", e);
            }
        }
        return expired;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Instant now) {
        return orders.expiredUnpaid(now, BATCH);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expire(long groupId, Instant now) {
        OrderGroup group = orders.groupForUpdate(groupId).orElse(null);
        if (group == null || !group.paymentWindowClosed(now)) {
            return false; // paid, cancelled or extended meanwhile
        }
        for (VendorOrder order : group.vendorOrders()) {
            if (order.status() == VendorOrderStatus.PENDING_PAYMENT) {
                lifecycle.cancel(order, ACTOR, "payment not received in time; the reserved items were released",
                        MessageKey.of("paymentNotReceived"));
            }
        }
        return true;
    }
}
