package dev.bazaar.ordering.application;

import java.time.Instant;

import dev.bazaar.ordering.domain.VendorOrderStatus;

/** A step in a vendor order's history; {@code actor} is left out where the reader should not see staff addresses. */
public record StatusChangeView(VendorOrderStatus from, VendorOrderStatus to, String actor, String reason, Instant at) {
}
