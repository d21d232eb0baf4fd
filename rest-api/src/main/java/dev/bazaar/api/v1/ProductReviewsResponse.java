package dev.bazaar.api.v1;

import dev.bazaar.review.application.ProductReviewsView;
import dev.bazaar.review.application.RatingSummary;
import dev.bazaar.review.application.ReviewView;

/** A product's rating (average, count, distribution by star) and a page of its approved reviews. */
public record ProductReviewsResponse(long productId, RatingSummary rating, PageResponse<ReviewView> reviews) {

    static ProductReviewsResponse of(ProductReviewsView view) {
        return new ProductReviewsResponse(view.productId(), view.rating(), PageResponse.of(view.reviews(), r -> r));
    }
}
