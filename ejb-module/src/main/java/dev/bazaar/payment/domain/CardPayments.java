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

/** Stores card payments and the Stripe events already handled. */
@Dependent
public class CardPayments {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public CardPayment add(CardPayment payment) {
        em.persist(payment);
        return payment;
    }

    public Optional<CardPayment> ofGroup(long orderGroupId) {
        return em.createQuery("select p from CardPayment p where p.orderGroupId = :group", CardPayment.class)
                .setParameter("group", orderGroupId)
                .getResultStream().findFirst();
    }

    /** The group's payment, its row locked until the transaction ends (webhooks and page returns never cross). */
    public Optional<CardPayment> ofGroupForUpdate(long orderGroupId) {
        return em.createQuery("select p from CardPayment p where p.orderGroupId = :group", CardPayment.class)
                .setParameter("group", orderGroupId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<CardPayment> ofCharge(String chargeId) {
        return em.createQuery("select p from CardPayment p where p.chargeId = :charge", CardPayment.class)
                .setParameter("charge", chargeId)
                .getResultStream().findFirst();
    }

    public Optional<CardPayment> ofIntentForUpdate(String intentId) {
        return em.createQuery("select p from CardPayment p where p.intentId = :intent", CardPayment.class)
                .setParameter("intent", intentId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * Payments still waiting for their intent, unchanged since before {@code before}: the server died
     * between the order's commit and recording Stripe's answer, or the answer was lost.
     */
    public List<Long> awaitingIntentSince(Instant before, int max) {
        return em.createQuery("select p.orderGroupId from CardPayment p where p.status = :status and p.intentId is null"
                        + " and p.updatedAt < :before order by p.updatedAt", Long.class)
                .setParameter("status", CardPaymentStatus.AWAITING_INTENT)
                .setParameter("before", before)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Claims a payment found by {@link #awaitingIntentSince} for one reconciliation: true for exactly
     * one caller however many servers try at once (the update waits for the row and then sees the
     * other's newer {@code updated_at}). A claimant that dies leaves it for a pass after the next grace.
     */
    public boolean claimAwaitingIntent(long orderGroupId, Instant before, Instant now) {
        return em.createNativeQuery("update card_payment set updated_at = ?1 where order_group_id = ?2"
                        + " and status = 'AWAITING_INTENT' and intent_id is null and updated_at < ?3")
                .setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, orderGroupId)
                .setParameter(3, java.sql.Timestamp.from(before))
                .executeUpdate() == 1;
    }

    /**
     * Claims a Stripe event for handling: true the first time its id is seen, false for a redelivery.
     * Concurrent deliveries of one event wait for each other on the key; only the first inserts.
     */
    public boolean firstTime(String eventId, String type, String objectId, Instant now) {
        return em.createNativeQuery("insert into stripe_event (event_id, type, object_id, received_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict (event_id) do nothing")
                .setParameter(1, eventId)
                .setParameter(2, type)
                .setParameter(3, objectId)
                .setParameter(4, java.sql.Timestamp.from(now))
                .executeUpdate() == 1;
    }

    /** The card payment of the order, if it was paid (or is to be paid) by card. */
    public Optional<CardPayment> ofOrder(String orderNumber) {
        return em.createQuery("select p from CardPayment p where p.orderNumber = :number", CardPayment.class)
                .setParameter("number", orderNumber)
                .getResultStream().findFirst();
    }

    /** What shoppers paid by card, per currency, in minor units. */
    public Map<String, Long> succeededTotals() {
        return CurrencyTotals.of(em.createNativeQuery("select currency, sum(amount_minor) from card_payment"
                + " where status = 'SUCCEEDED' group by currency"));
    }

    /** The same, of payments that succeeded on or after {@code since}, per currency and UTC day of success. */
    public Map<CurrencyTotals.Day, Long> succeededByDay(Instant since) {
        return CurrencyTotals.byDay(em.createNativeQuery("select currency, cast(succeeded_at at time zone 'UTC' as date), sum(amount_minor)"
                + " from card_payment where status = 'SUCCEEDED' and succeeded_at >= ?1 group by 1, 2").setParameter(1, since));
    }
}
