package dev.bazaar.payment.application;

import java.util.Optional;

import dev.bazaar.kernel.Money;

/**
 * What refunds need to know of the orders, and tell them. Ordering implements it; both calls run in
 * the refund's transaction.
 */
public interface RefundableOrders {

    /**
     * One shop's part of a checkout as a refund sees it. {@code paid}: its group's payment arrived;
     * {@code givenBack}: the part was returned, or cancelled after payment (a shop may refund it then).
     */
    record Part(long orderGroupId, String orderNumber, long vendorOrderId, String vendorOrderNumber, long vendorId,
                Money total, String paymentMethod, String customerEmail, boolean paid, boolean givenBack) {
    }

    /** The part, with its group's row locked until the transaction ends, so refunds of one part queue up. */
    Optional<Part> lockPart(String vendorOrderNumber);

    /** The part's refunds now add up to its whole total: a returned part becomes REFUNDED. */
    void fullyRefunded(String vendorOrderNumber, String actor);
}
