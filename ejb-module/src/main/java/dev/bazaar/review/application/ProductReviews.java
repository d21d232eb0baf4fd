package dev.bazaar.review.application;

import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What anyone may read about a product on sale: its rating and its approved reviews, in the order asked
 * for; and a shop's rating over all its products.
 */
@Stateless
public class ProductReviews {

    @Inject
    ReviewReads reads;

    public ProductReviewsView of(long productId, ReviewSort sort, PageRequest page) {
        if (!reads.productOnSale(productId)) {
            throw new NotFoundException("No product with id " + productId);
        }
        return new ProductReviewsView(productId, reads.rating(productId), reads.approved(productId, sort, page));
    }

    /** The shop's rating, null while none of its reviews is approved. */
    public ShopRating ofShop(long vendorId) {
        return reads.shopRating(vendorId);
    }
}
