package dev.bazaar.review.application;

import java.time.Instant;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Role;
import dev.bazaar.review.domain.Review;
import dev.bazaar.review.domain.Reviews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** A shop answers a shown review of one of its products, once and in public; its owner or a manager writes it. */
@Stateless
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER"})
public class ShopReplies {

    @Inject
    Reviews reviews;

    @Inject
    ReviewReads reads;

    @Inject
    CallerScope callers;

    public ReviewDetail reply(long reviewId, String text) {
        long shop = callers.shop(Role.SHOP_MANAGERS, "Only the shop's owner or a manager answers reviews");
        Review review = reviews.findForUpdate(reviewId).orElseThrow(() -> new NotFoundException("No review with id " + reviewId));
        if (review.vendorId() != shop) {
            throw new ForbiddenException("This review is of another shop's product: only that shop answers it");
        }
        review.reply(text, callers.email(), Instant.now());
        return reads.detail(review);
    }
}
