package dev.bazaar.review.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a review stands. A new review waits for an admin; only an approved one is shown and counted
 * in the ratings. An admin may hide an approved review (with a reason) and approve a hidden one again.
 * <pre>
 * PENDING → APPROVED ⇄ HIDDEN
 *    ↓__________________↑
 * </pre>
 */
public enum ReviewState {
    PENDING,
    APPROVED,
    HIDDEN;

    public Set<ReviewState> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(APPROVED, HIDDEN);
            case APPROVED -> EnumSet.of(HIDDEN);
            case HIDDEN -> EnumSet.of(APPROVED);
        };
    }

    public boolean canTransitionTo(ReviewState target) {
        return next().contains(target);
    }

    /** Shown to shoppers and counted in the product's and the shop's rating. */
    public boolean counts() {
        return this == APPROVED;
    }
}
