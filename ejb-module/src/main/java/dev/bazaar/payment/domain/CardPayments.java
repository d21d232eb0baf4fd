package dev.bazaar.payment.domain;

import java.time.Instant;
import java.util.Optional;

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
}
