package dev.bazaar.review.application;

import java.time.Instant;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import dev.bazaar.review.domain.Review;
import dev.bazaar.review.domain.ReviewState;
import dev.bazaar.review.domain.Reviews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Platform admins moderate reviews: the queue by state (oldest first), approval, which shows the review
 * and counts its rating, and hiding with a reason, which takes a counted rating out again. The product's
 * and the shop's tallies move in the same transaction as the review.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class ReviewModeration {

    @Inject
    Reviews reviews;

    @Inject
    ReviewReads reads;

    @Inject
    CallerScope callers;

    public Page<ReviewDetail> inState(ReviewState state, PageRequest page) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return reads.inState(state == null ? ReviewState.PENDING : state, page);
    }

    /** How many reviews wait for an admin. */
    public long waiting() {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return reads.count(ReviewState.PENDING);
    }

    public ReviewDetail approve(long reviewId) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Review review = find(reviewId);
        review.approve(callers.email(), Instant.now());
        reviews.count(review);
        return reads.detail(review);
    }

    public ReviewDetail hide(long reviewId, String reason) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Review review = find(reviewId);
        boolean counted = review.state().counts();
        review.hide(reason, callers.email(), Instant.now());
        if (counted) {
            reviews.uncount(review);
        }
        return reads.detail(review);
    }

    private Review find(long reviewId) {
        return reviews.findForUpdate(reviewId).orElseThrow(() -> new NotFoundException("No review with id " + reviewId));
    }
}
