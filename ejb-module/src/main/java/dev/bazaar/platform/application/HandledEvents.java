package dev.bazaar.platform.application;

import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes event consumers idempotent: a consumer claims an event id before its side effect, in the
 * same transaction. The claim is true once; a redelivered or replayed event finds it taken, and a
 * concurrent duplicate waits for the first to commit and then finds it taken too.
 */
@Dependent
public class HandledEvents {

    @PersistenceContext(unitName = "bazaar")
    EntityManager em;

    public boolean firstTime(String consumer, UUID eventId) {
        return em.createNativeQuery("insert into handled_event (consumer, event_id) values (:consumer, :id) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .executeUpdate() == 1;
    }
}
