package dev.bazaar.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.kernel.CurrencyTotals;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Stores refunds and sums what each part has been refunded. */
@Dependent
public class Refunds {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public Refund add(Refund refund) {
        em.persist(refund);
        em.flush();
        return refund;
    }

    public Optional<Refund> find(long id) {
        return Optional.ofNullable(em.find(Refund.class, id));
    }

    public Optional<Refund> findForUpdate(long id) {
        return Optional.ofNullable(em.find(Refund.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Refund> ofStripeRefund(String stripeRefundId) {
        return em.createQuery("select r from Refund r where r.stripeRefundId = :id", Refund.class)
                .setParameter("id", stripeRefundId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * Card refunds recorded but never answered by Stripe, unchanged since before {@code before}: the
     * server died while asking, or the answer was lost.
     */
    public List<Long> unsentSince(Instant before, int max) {
        return em.createQuery("select r.id from Refund r where r.method = 'CARD' and r.status = :status"
                        + " and r.stripeRefundId is null and r.updatedAt < :before order by r.updatedAt", Long.class)
                .setParameter("status", RefundStatus.PENDING)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
    }

    /** Claims a refund found by {@link #unsentSince} for one reconciliation: true for exactly one caller. */
    public boolean claimUnsent(long refundId, Instant before, Instant now) {
        return em.createNativeQuery("update refund set updated_at = ?1 where id = ?2 and method = 'CARD'"
                        + " and status = 'PENDING' and stripe_refund_id is null and updated_at < ?3")
                .setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, refundId)
                .setParameter(3, java.sql.Timestamp.from(before))
                .executeUpdate() == 1;
    }

    /** The refund an earlier request with this Idempotency-Key made, if any. */
    public Optional<Refund> byRequestKey(String requestedBy, String requestKey) {
        return em.createQuery("select r from Refund r where r.requestedBy = :by and r.requestKey = :key", Refund.class)
                .setParameter("by", requestedBy)
                .setParameter("key", requestKey)
                .getResultStream().findFirst();
    }

    /** What the part has been refunded or promised so far (every refund but the failed ones), in minor units. */
    public long countedAgainst(long vendorOrderId) {
        Number sum = (Number) em.createNativeQuery("select coalesce(sum(amount_minor), 0) from refund"
                        + " where vendor_order_id = ?1 and status <> 'FAILED'")
                .setParameter(1, vendorOrderId)
                .getSingleResult();
        return sum.longValue();
    }

    /** What has actually gone back to the shopper for the part (succeeded or paid out), in minor units. */
    public long doneFor(long vendorOrderId) {
        Number sum = (Number) em.createNativeQuery("select coalesce(sum(amount_minor), 0) from refund"
                        + " where vendor_order_id = ?1 and status in ('SUCCEEDED', 'PAID_OUT')")
                .setParameter(1, vendorOrderId)
                .getSingleResult();
        return sum.longValue();
    }

    public List<Refund> ofGroup(long orderGroupId) {
        return em.createQuery("select r from Refund r where r.orderGroupId = :group order by r.createdAt, r.id", Refund.class)
                .setParameter("group", orderGroupId)
                .getResultList();
    }

    /** What has gone back to shoppers (succeeded or paid out), per currency, in minor units. */
    public Map<String, Long> doneTotals() {
        return CurrencyTotals.of(em.createNativeQuery("select currency, sum(amount_minor) from refund"
                + " where status in ('SUCCEEDED', 'PAID_OUT') group by currency"));
    }

    /** The same, of refunds done on or after {@code since}, per currency and UTC day (their last change: when they were done). */
    public Map<CurrencyTotals.Day, Long> doneByDay(Instant since) {
        return CurrencyTotals.byDay(em.createNativeQuery("select currency, cast(updated_at at time zone 'UTC' as date), sum(amount_minor)"
                + " from refund where status in ('SUCCEEDED', 'PAID_OUT') and updated_at >= ?1 group by 1, 2").setParameter(1, since));
    }
}
