package dev.bazaar.review.application;

import java.util.List;

import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.review.domain.Review;
import dev.bazaar.review.domain.ReviewState;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The queries behind review pages: a product's tally and a page of its approved reviews (the reply is
 * in the review's row, so a page is one query plus its count), and the admins' queue. Product names
 * come from the catalog's table by a read-model join.
 */
@Dependent
public class ReviewReads {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    /** Whether shoppers may see the product (it is on sale). */
    boolean productOnSale(long productId) {
        return !em.createNativeQuery("select 1 from product where id = ?1 and status = 'ACTIVE'")
                .setParameter(1, productId).getResultList().isEmpty();
    }

    RatingSummary rating(long productId) {
        List<?> rows = em.createNativeQuery("select stars_1, stars_2, stars_3, stars_4, stars_5 from product_rating where product_id = ?1")
                .setParameter(1, productId).getResultList();
        int[] stars = new int[Review.MAX_RATING];
        if (!rows.isEmpty()) {
            Object[] row = (Object[]) rows.get(0);
            for (int i = 0; i < stars.length; i++) {
                stars[i] = ((Number) row[i]).intValue();
            }
        }
        return RatingSummary.of(stars);
    }

    ShopRating shopRating(long vendorId) {
        List<?> rows = em.createNativeQuery("select review_count, rating_sum from shop_rating where vendor_id = ?1")
                .setParameter(1, vendorId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return ShopRating.of((Number) row[0], (Number) row[1]);
    }

    Page<ReviewView> approved(long productId, ReviewSort sort, PageRequest page) {
        long total = em.createQuery("select count(r) from Review r where r.productId = :product and r.state = :state", Long.class)
                .setParameter("product", productId).setParameter("state", ReviewState.APPROVED)
                .getSingleResult();
        if (total == 0) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<Review> items = em.createQuery("select r from Review r where r.productId = :product and r.state = :state order by "
                        + sort.orderBy(), Review.class)
                .setParameter("product", productId).setParameter("state", ReviewState.APPROVED)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return new Page<>(items.stream().map(ReviewReads::view).toList(), page.page(), page.size(), total);
    }

    /** Reviews in a state, oldest first (the order admins work through them), with their products' names. */
    Page<ReviewDetail> inState(ReviewState state, PageRequest page) {
        long total = count(state);
        List<Object[]> rows = em.createQuery("select r, p.name from Review r join Product p on p.id = r.productId"
                        + " where r.state = :state order by r.writtenAt, r.id", Object[].class)
                .setParameter("state", state)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return new Page<>(rows.stream().map(row -> detail((Review) row[0], (String) row[1])).toList(), page.page(), page.size(), total);
    }

    long count(ReviewState state) {
        return em.createQuery("select count(r) from Review r where r.state = :state", Long.class)
                .setParameter("state", state).getSingleResult();
    }

    ReviewDetail detail(Review review) {
        String productName = (String) em.createNativeQuery("select name from product where id = ?1")
                .setParameter(1, review.productId()).getSingleResult();
        return detail(review, productName);
    }

    private static ReviewDetail detail(Review r, String productName) {
        return new ReviewDetail(r.id(), r.orderLineId(), r.productId(), productName, r.vendorId(), r.authorName(), r.rating(), r.title(),
                r.text(), r.state(), r.hiddenReason(), r.helpfulVotes(), r.reports(), r.reply(), r.repliedAt(), r.writtenAt());
    }

    private static ReviewView view(Review r) {
        return new ReviewView(r.id(), r.productId(), r.rating(), r.title(), r.text(), r.authorName(), true, r.writtenAt(),
                r.helpfulVotes(), r.reply(), r.repliedAt());
    }
}
