package dev.bazaar.review.application;

import dev.bazaar.kernel.Page;

/** A product's rating and one page of its approved reviews. */
public record ProductReviewsView(long productId, RatingSummary rating, Page<ReviewView> reviews) {
}
