package dev.bazaar.catalog.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a product stands: vendors write DRAFTs and submit them for review; a platform admin makes
 * them ACTIVE or REJECTED (with a reason, after which the vendor may fix and resubmit). An active
 * product may be ARCHIVED; an archived one goes back to draft to be sold again.
 */
public enum ProductStatus {
    DRAFT("Draft"),
    PENDING_REVIEW("Waiting for review"),
    ACTIVE("On sale"),
    REJECTED("Rejected"),
    ARCHIVED("Archived");

    private final String label;

    ProductStatus(String label) {
        this.label = label;
    }

    /** The status as people read it in the back office. */
    public String label() {
        return label;
    }

    public Set<ProductStatus> next() {
        return switch (this) {
            case DRAFT, REJECTED -> EnumSet.of(PENDING_REVIEW, ARCHIVED);
            case PENDING_REVIEW -> EnumSet.of(ACTIVE, REJECTED);
            case ACTIVE -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.of(DRAFT);
        };
    }

    public boolean canTransitionTo(ProductStatus target) {
        return next().contains(target);
    }

    /** Only active products (of approved shops) reach shoppers and the public API. */
    public boolean isVisibleToShoppers() {
        return this == ACTIVE;
    }
}
