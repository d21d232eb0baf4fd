package dev.bazaar.review.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Stores reviews, helpful votes and reports, and keeps the rating tallies of products and shops. Votes
 * and reports are one per account (the primary key); the tallies are moved by one statement each, so
 * two approvals at once both count and the database's checks refuse a tally that does not add up.
 */
@Dependent
public class Reviews {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public Review add(Review review) {
        em.persist(review);
        em.flush();
        return review;
    }

    public Optional<Review> find(long id) {
        return Optional.ofNullable(em.find(Review.class, id));
    }

    /** The review, locked until the transaction ends, so moderation and replies never cross. */
    public Optional<Review> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Review.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public boolean lineReviewed(long orderLineId) {
        return !em.createQuery("select r.id from Review r where r.orderLineId = :line", Long.class)
                .setParameter("line", orderLineId).getResultList().isEmpty();
    }

    /** Records the account's helpful vote; false when it had voted for this review already. */
    public boolean addVote(long reviewId, long accountId, Instant at) {
        int added = em.createNativeQuery("insert into review_vote (review_id, account_id, voted_at) values (?1, ?2, ?3)"
                        + " on conflict do nothing")
                .setParameter(1, reviewId).setParameter(2, accountId).setParameter(3, at)
                .executeUpdate();
        if (added == 1) {
            em.createNativeQuery("update review set helpful_votes = helpful_votes + 1 where id = ?1").setParameter(1, reviewId).executeUpdate();
        }
        return added == 1;
    }

    /** Records the account's report of abuse; false when it had reported this review already. */
    public boolean addReport(long reviewId, long accountId, String reason, Instant at) {
        int added = em.createNativeQuery("insert into review_report (review_id, account_id, reason, reported_at) values (?1, ?2, ?3, ?4)"
                        + " on conflict do nothing")
                .setParameter(1, reviewId).setParameter(2, accountId).setParameter(3, reason).setParameter(4, at)
                .executeUpdate();
        if (added == 1) {
            em.createNativeQuery("update review set reports = reports + 1 where id = ?1").setParameter(1, reviewId).executeUpdate();
        }
        return added == 1;
    }

    /** The review's helpful votes as the database counts them now. */
    public int helpfulVotes(long reviewId) {
        return ((Number) em.createNativeQuery("select helpful_votes from review where id = ?1").setParameter(1, reviewId)
                .getSingleResult()).intValue();
    }

    /** Counts the review's rating in its product's and its shop's tally. */
    public void count(Review review) {
        int star = review.rating();
        String stars = "stars_" + star;
        em.createNativeQuery("insert into product_rating (product_id, vendor_id, review_count, rating_sum, stars_1, stars_2, stars_3,"
                        + " stars_4, stars_5) values (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (product_id) do update set"
                        + " review_count = product_rating.review_count + 1, rating_sum = product_rating.rating_sum + ?3, "
                        + stars + " = product_rating." + stars + " + 1")
                .setParameter(1, review.productId()).setParameter(2, review.vendorId()).setParameter(3, star)
                .setParameter(4, star == 1 ? 1 : 0).setParameter(5, star == 2 ? 1 : 0).setParameter(6, star == 3 ? 1 : 0)
                .setParameter(7, star == 4 ? 1 : 0).setParameter(8, star == 5 ? 1 : 0)
                .executeUpdate();
        em.createNativeQuery("insert into shop_rating (vendor_id, review_count, rating_sum) values (?1, 1, ?2) on conflict (vendor_id)"
                        + " do update set review_count = shop_rating.review_count + 1, rating_sum = shop_rating.rating_sum + ?2")
                .setParameter(1, review.vendorId()).setParameter(2, star)
                .executeUpdate();
    }

    /** Takes a counted review's rating out of its product's and its shop's tally. */
    public void uncount(Review review) {
        int star = review.rating();
        String stars = "stars_" + star;
        em.createNativeQuery("update product_rating set review_count = review_count - 1, rating_sum = rating_sum - ?1, "
                        + stars + " = " + stars + " - 1 where product_id = ?2")
                .setParameter(1, star).setParameter(2, review.productId())
                .executeUpdate();
        em.createNativeQuery("update shop_rating set review_count = review_count - 1, rating_sum = rating_sum - ?1 where vendor_id = ?2")
                .setParameter(1, star).setParameter(2, review.vendorId())
                .executeUpdate();
    }
}
