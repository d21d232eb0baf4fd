package dev.bazaar.ordering.domain;

import dev.bazaar.kernel.ConflictException;

/** A vendor order asked to move where its status does not lead: a 409, and nothing is written. */
public class IllegalTransitionException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String orderNumber, VendorOrderStatus from, VendorOrderStatus to) {
        super("status", "of order " + orderNumber + " is " + from + "; it cannot become " + to
                + (from.next().isEmpty() ? "" : " (it can become " + from.next() + ")"));
    }
}
