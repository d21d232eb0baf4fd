package dev.bazaar.admin;

import dev.bazaar.catalog.application.ProductModeration;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.review.application.ReviewModeration;
import dev.bazaar.vendor.application.VendorApproval;
import dev.bazaar.vendor.domain.VendorStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What waits for a platform admin's decision: products sent for review and shop applications. The
 * sidebar shows the sum on every admin page (two count queries, once per request).
 */
@Named("reviewQueue")
@RequestScoped
public class ReviewQueue {

    private static final PageRequest COUNT_ONLY = new PageRequest(0, 1);

    @EJB
    ProductModeration moderation;

    @EJB
    VendorApproval approval;

    @EJB
    ReviewModeration reviews;

    private Long products;
    private Long shops;
    private Long customerReviews;

    public long getProducts() {
        if (products == null) {
            products = moderation.queue(COUNT_ONLY).totalItems();
        }
        return products;
    }

    public long getShops() {
        if (shops == null) {
            shops = approval.vendors(VendorStatus.PENDING, null, COUNT_ONLY).totalItems();
        }
        return shops;
    }

    /** Shoppers' reviews waiting for moderation: counted on their own, beside the products and shops. */
    public long getCustomerReviews() {
        if (customerReviews == null) {
            customerReviews = reviews.waiting();
        }
        return customerReviews;
    }

    public long getWaiting() {
        return getProducts() + getShops();
    }
}
