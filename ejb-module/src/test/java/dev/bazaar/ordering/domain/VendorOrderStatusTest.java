package dev.bazaar.ordering.domain;

import static dev.bazaar.ordering.domain.VendorOrderStatus.ACCEPTED;
import static dev.bazaar.ordering.domain.VendorOrderStatus.CANCELLED;
import static dev.bazaar.ordering.domain.VendorOrderStatus.COMPLETED;
import static dev.bazaar.ordering.domain.VendorOrderStatus.DELIVERED;
import static dev.bazaar.ordering.domain.VendorOrderStatus.PAID;
import static dev.bazaar.ordering.domain.VendorOrderStatus.PENDING_PAYMENT;
import static dev.bazaar.ordering.domain.VendorOrderStatus.REFUNDED;
import static dev.bazaar.ordering.domain.VendorOrderStatus.RETURNED;
import static dev.bazaar.ordering.domain.VendorOrderStatus.RETURN_REQUESTED;
import static dev.bazaar.ordering.domain.VendorOrderStatus.SHIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VendorOrderStatusTest {

    @Test
    void theHappyPathRunsFromPaymentToCompletion() {
        List<VendorOrderStatus> path = List.of(PENDING_PAYMENT, PAID, ACCEPTED, SHIPPED, DELIVERED, COMPLETED);

        for (int i = 0; i + 1 < path.size(); i++) {
            assertTrue(path.get(i).canTransitionTo(path.get(i + 1)), path.get(i) + " → " + path.get(i + 1));
        }
    }

    @Test
    void aReturnRunsFromDeliveryToRefundOrIsDeniedIntoCompletion() {
        assertTrue(DELIVERED.canTransitionTo(RETURN_REQUESTED));
        assertTrue(RETURN_REQUESTED.canTransitionTo(RETURNED));
        assertTrue(RETURN_REQUESTED.canTransitionTo(COMPLETED));
        assertTrue(RETURNED.canTransitionTo(REFUNDED));
    }

    @Test
    void onlyWhatHasNotShippedCanBeCancelled() {
        Set<VendorOrderStatus> cancellable = EnumSet.noneOf(VendorOrderStatus.class);
        for (VendorOrderStatus status : VendorOrderStatus.values()) {
            if (status.canTransitionTo(CANCELLED)) {
                cancellable.add(status);
            }
        }

        assertEquals(EnumSet.of(PENDING_PAYMENT, PAID, ACCEPTED), cancellable);
        assertTrue(PAID.cancellableByCustomer());
        assertFalse(SHIPPED.cancellableByCustomer());
    }

    @Test
    void nothingSkipsAStepOrGoesBack() {
        assertFalse(PENDING_PAYMENT.canTransitionTo(SHIPPED));
        assertFalse(PAID.canTransitionTo(SHIPPED));
        assertFalse(SHIPPED.canTransitionTo(PAID));
        assertFalse(DELIVERED.canTransitionTo(CANCELLED));
        assertFalse(PENDING_PAYMENT.canTransitionTo(RETURN_REQUESTED));
    }

    @Test
    void finalStatusesLeadNowhere() {
        for (VendorOrderStatus status : List.of(COMPLETED, CANCELLED, REFUNDED)) {
            assertTrue(status.next().isEmpty(), status.name());
        }
    }

    @Test
    void onlyAnUnpaidOrderHoldsAReservationAndOnlyPaidOrAcceptedOnesSoldFromStock() {
        assertEquals(EnumSet.of(PENDING_PAYMENT), matching(VendorOrderStatus::holdsReservation));
        assertEquals(EnumSet.of(PAID, ACCEPTED), matching(VendorOrderStatus::soldFromStock));
    }

    private static Set<VendorOrderStatus> matching(java.util.function.Predicate<VendorOrderStatus> test) {
        Set<VendorOrderStatus> found = EnumSet.noneOf(VendorOrderStatus.class);
        for (VendorOrderStatus status : VendorOrderStatus.values()) {
            if (test.test(status)) {
                found.add(status);
            }
        }
        return found;
    }
}
