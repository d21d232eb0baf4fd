package dev.bazaar.ordering.domain;

/**
 * Who an order, a coupon use or an Idempotency-Key belongs to: a customer's account, or a guest
 * identity (one per e-mail address, until an account verifies that address and takes its orders).
 */
public record Buyer(Long customerId, Long guestId) {

    public Buyer {
        if ((customerId == null) == (guestId == null)) {
            throw new IllegalArgumentException("A buyer is a customer or a guest");
        }
    }

    public static Buyer customer(long customerId) {
        return new Buyer(customerId, null);
    }

    public static Buyer guest(long guestId) {
        return new Buyer(null, guestId);
    }

    public boolean isGuest() {
        return guestId != null;
    }

    /** The customer id for a native query's {@code nullif(:customer, -1)}: -1 stands for none. */
    long customerOrNone() {
        return customerId == null ? -1 : customerId;
    }

    /** The guest id for a native query's {@code nullif(:guest, -1)}: -1 stands for none. */
    long guestOrNone() {
        return guestId == null ? -1 : guestId;
    }
}
