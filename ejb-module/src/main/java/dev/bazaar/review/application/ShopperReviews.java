package dev.bazaar.review.application;

import java.time.Instant;

import dev.bazaar.identity.application.Shoppers;
import dev.bazaar.identity.application.Shoppers.Shopper;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.UniqueViolation;
import dev.bazaar.ordering.application.BoughtLine;
import dev.bazaar.ordering.application.CustomerOrders;
import dev.bazaar.review.domain.Review;
import dev.bazaar.review.domain.Reviews;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * What shoppers do with reviews: review a line of their own order once it was delivered (one review
 * per line), find a shown review helpful (once, and not their own) and report one as abusive (once).
 */
@Stateless
@RolesAllowed("CUSTOMER")
public class ShopperReviews {

    @Inject
    Reviews reviews;

    @Inject
    ReviewReads reads;

    @Inject
    Shoppers shoppers;

    @Inject
    CustomerOrders orders;

    @Resource
    SessionContext caller;

    /** A review of one of the caller's delivered order lines; it waits for an admin before anyone sees it. */
    public ReviewDetail write(long orderLineId, Integer rating, String title, String text) {
        Shopper shopper = shopper();
        BoughtLine line = orders.boughtLine(orderLineId);
        if (!line.delivered()) {
            throw new ConflictException("orderLine", "is not delivered yet: review it once it has arrived");
        }
        if (line.productId() == null) {
            throw new ConflictException("orderLine", "is of a product Bazaar no longer has");
        }
        if (reviews.lineReviewed(orderLineId)) {
            throw new ConflictException("orderLine", "is reviewed already: one review per item bought");
        }
        Review review = new Review(orderLineId, line.productId(), line.vendorId(), shopper.id(), shopper.name(), rating, title, text,
                Instant.now());
        try {
            reviews.add(review);
        } catch (PersistenceException e) {
            // the same line reviewed twice at once: the unique order_line_id lets one through
            throw UniqueViolation.in(e).map(m -> new ConflictException("orderLine", "is reviewed already: one review per item bought"))
                    .orElseThrow(() -> e);
        }
        return reads.detail(review);
    }

    /** The caller finds a shown review helpful: once per review, never their own. */
    public HelpfulVotes vote(long reviewId) {
        Shopper shopper = shopper();
        Review review = shown(reviewId);
        if (review.writtenBy(shopper.id())) {
            throw new ConflictException("review", "is your own: vote for other shoppers' reviews");
        }
        if (!reviews.addVote(reviewId, shopper.id(), Instant.now())) {
            throw new ConflictException("review", "has your vote already: one vote per review");
        }
        return new HelpfulVotes(reviewId, reviews.helpfulVotes(reviewId));
    }

    /** The caller reports a shown review as abusive, saying why: once per review; admins see the count in their queue. */
    public void report(long reviewId, String reason) {
        Shopper shopper = shopper();
        String why = FieldProblems.strip(reason);
        new FieldProblems().required("reason", why, Review.MAX_REASON).throwIfAny();
        shown(reviewId);
        if (!reviews.addReport(reviewId, shopper.id(), why, Instant.now())) {
            throw new ConflictException("review", "is reported by you already");
        }
    }

    private Review shown(long reviewId) {
        return reviews.find(reviewId).filter(r -> r.state().counts())
                .orElseThrow(() -> new NotFoundException("No review with id " + reviewId));
    }

    private Shopper shopper() {
        return shoppers.required(caller.getCallerPrincipal(), "Sign in to review what you bought");
    }
}
