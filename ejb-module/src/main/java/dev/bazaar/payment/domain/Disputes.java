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

/** Stores disputes as Stripe reports them. */
@Dependent
public class Disputes {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    /** Records a dispute Stripe reported for the first time (its Stripe id is unique: a second row would be refused). */
    public void add(Dispute dispute) {
        em.persist(dispute);
        em.flush();
    }

    /**
     * What disputes took from the platform's Stripe balance, per currency, in minor units: every
     * chargeback not won (Stripe withdraws the amount when its funds are withdrawn and gives it back only
     * when it is won; an inquiry withdraws nothing), and Stripe's dispute fees less those it returned.
     */
    public Map<String, Long> takenTotals() {
        return CurrencyTotals.of(em.createNativeQuery("select currency,"
                + " sum(case when outcome is distinct from 'won' then amount_minor else 0 end + fee_minor - fee_returned_minor)"
                + " from dispute where funds_withdrawn_at is not null group by currency"));
    }

    public Optional<Dispute> ofStripe(String stripeDisputeId) {
        return em.createQuery("select d from Dispute d where d.stripeDisputeId = :id", Dispute.class)
                .setParameter("id", stripeDisputeId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public List<Dispute> ofGroup(long orderGroupId) {
        return em.createQuery("select d from Dispute d where d.orderGroupId = :group order by d.openedAt", Dispute.class)
                .setParameter("group", orderGroupId)
                .getResultList();
    }

    /** An open dispute and the number of the order it is about (null if no card payment names the group). */
    public record Open(Dispute dispute, String orderNumber) {
    }

    /**
     * Disputes still open, oldest first: what admins must answer. Each with its order's number, read
     * from the group's card payment in the same query.
     */
    public List<Open> open(int limit) {
        return em.createQuery("select d, p.orderNumber from Dispute d left join CardPayment p on p.orderGroupId = d.orderGroupId"
                        + " where d.closedAt is null order by d.openedAt, d.id", Object[].class)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Open((Dispute) row[0], (String) row[1]))
                .toList();
    }

    /**
     * What disputes took per currency and UTC day since {@code since}: the amounts and fees withdrawn
     * that day less the amounts won and the fees returned that day.
     */
    public Map<CurrencyTotals.Day, Long> takenByDay(Instant since) {
        return CurrencyTotals.byDay(em.createNativeQuery("select currency, cast(at at time zone 'UTC' as date), sum(amount) from ("
                + " select currency, funds_withdrawn_at as at, amount_minor + fee_minor as amount from dispute where funds_withdrawn_at is not null"
                + " union all select currency, closed_at, -amount_minor - fee_returned_minor from dispute"
                + " where funds_withdrawn_at is not null and outcome = 'won') d"
                + " where at >= ?1 group by 1, 2").setParameter(1, since));
    }
}
