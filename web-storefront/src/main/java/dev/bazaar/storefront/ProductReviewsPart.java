package dev.bazaar.storefront;

import java.util.List;

import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.review.application.ProductReviews;
import dev.bazaar.review.application.ProductReviewsView;
import dev.bazaar.review.application.RatingSummary;
import dev.bazaar.review.application.ReviewSort;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The reviews on a product's page: the rating (average, count, how many gave each star) and a page of
 * approved reviews with the shop's replies, in the order the shopper chose ({@code ?reviews=helpful},
 * {@code &reviewPage=1}). Three queries whatever the number of reviews: the tally, the count, the page.
 */
@Named("productReviews")
@RequestScoped
public class ProductReviewsPart {

    static final int PAGE_SIZE = 10;

    @EJB
    ProductReviews reviews;

    @Inject
    ProductPageView productPage;

    private ProductReviewsView view;
    private ReviewSort sort;

    /** The product's reviews, read once per request; null when the page shows no product. */
    public ProductReviewsView getView() {
        if (view == null && productPage.getProduct() != null) {
            view = reviews.of(productPage.getProduct().id(), getSort(), new PageRequest(pageNumber(), PAGE_SIZE));
        }
        return view;
    }

    public RatingSummary getRating() {
        return getView() == null ? null : view.rating();
    }

    public ReviewSort getSort() {
        if (sort == null) {
            try {
                sort = ReviewSort.parse(parameter("reviews"));
            } catch (InvalidInputException e) {
                sort = ReviewSort.NEWEST;
            }
        }
        return sort;
    }

    public List<ReviewSort> getSorts() {
        return List.of(ReviewSort.values());
    }

    private int pageNumber() {
        try {
            String raw = parameter("reviewPage");
            return raw == null ? 0 : Math.max(0, Math.min(Integer.parseInt(raw), 10_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
