package dev.bazaar.ordering.application;

import java.util.List;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.MessageKey;
import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.VendorOrder;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The steps a buyer takes on their own order, with the same rules whoever the buyer is: a customer
 * (by account, {@link CustomerOrders}) or a guest (by the order's link, {@link GuestOrders}). The
 * services decide whose order it is; this decides what the buyer may do with it.
 */
@Dependent
class BuyerSteps {

    @Inject
    OrderLifecycle lifecycle;

    /**
     * Cancels one shop's part ({@code vendorOrderNumber}) or, without it, every part of the order;
     * all of them must still be cancellable (nothing shipped), or nothing is cancelled (409).
     */
    void cancel(OrderGroup group, String vendorOrderNumber, String reason, String actor) {
        List<VendorOrder> parts = group.parts(vendorOrderNumber);
        for (VendorOrder part : parts) {
            if (!part.status().cancellableByCustomer()) {
                throw new ConflictException("status", "of " + part.number() + " is " + part.status()
                        + ": only what has not shipped can be cancelled");
            }
        }
        String given = Reasons.optional(reason);
        String why = "cancelled by the customer" + (given == null ? "" : ": " + given);
        MessageKey key = given == null ? MessageKey.of("cancelledByCustomer") : MessageKey.of("cancelledByCustomerBecause", given);
        parts.forEach(part -> lifecycle.cancel(part, actor, why, key));
    }

    /** A return asked for: which shop's part and why, both required. Checked before the order is read. */
    record ReturnRequest(String vendorOrderNumber, String reason) {

        static ReturnRequest of(String vendorOrderNumber, String reason) {
            String why = Reasons.required(reason, "tell the shop why you return it");
            if (vendorOrderNumber == null || vendorOrderNumber.isBlank()) {
                throw new InvalidInputException("vendorOrderNumber", "is required: say which shop's part you return");
            }
            return new ReturnRequest(vendorOrderNumber, why);
        }
    }

    /** Asks the shop to take a delivered part back. */
    void requestReturn(OrderGroup group, ReturnRequest request, String actor) {
        VendorOrder part = group.parts(request.vendorOrderNumber()).get(0);
        if (part.status() != VendorOrderStatus.DELIVERED) {
            throw new ConflictException("status", "of " + part.number() + " is " + part.status()
                    + ": a return can be asked for once it is delivered");
        }
        lifecycle.requestReturn(part, request.reason(), actor);
    }
}
