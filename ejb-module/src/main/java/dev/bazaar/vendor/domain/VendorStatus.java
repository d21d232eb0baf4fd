package dev.bazaar.vendor.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a shop stands with the platform. Applications wait as PENDING until an admin approves or
 * rejects them; an approved shop may be suspended and later reinstated. A rejection is final (the
 * applicant may apply again with a new application).
 */
public enum VendorStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SUSPENDED;

    public Set<VendorStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(SUSPENDED);
            case SUSPENDED -> EnumSet.of(APPROVED);
            case REJECTED -> EnumSet.noneOf(VendorStatus.class);
        };
    }

    public boolean canTransitionTo(VendorStatus target) {
        return next().contains(target);
    }

    /** Only an approved shop's products reach shoppers and the API. */
    public boolean isTrading() {
        return this == APPROVED;
    }
}
