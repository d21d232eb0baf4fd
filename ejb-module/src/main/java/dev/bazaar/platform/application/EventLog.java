package dev.bazaar.platform.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.bazaar.platform.domain.RecordedEvent;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Records every domain event the broker delivers, once per event id, and lists them. */
@Stateless
public class EventLog {

    public static final int MAX_LISTED = 200;

    @PersistenceContext(unitName = "bazaar")
    EntityManager em;

    /**
     * Records the event unless it was recorded before: a redelivered message changes nothing.
     * Runs in the consuming MDB's transaction, so the record and the acknowledgement commit together.
     */
    public void record(DomainEvent event) {
        if (find(event.eventId()).isPresent()) {
            return;
        }
        em.persist(new RecordedEvent(event.eventId(), event.type(), event.aggregateId(),
                event.payload().toString(), event.occurredAt()));
    }

    public Optional<RecordedEventView> find(UUID eventId) {
        return em.createQuery("select e from RecordedEvent e where e.eventId = :id", RecordedEvent.class)
                .setParameter("id", eventId)
                .getResultStream()
                .findFirst()
                .map(EventLog::view);
    }

    /** The newest events first, for {@code aggregateId} or for all when it is null. */
    public List<RecordedEventView> latest(String aggregateId, int limit) {
        String filter = aggregateId == null ? "" : "where e.aggregateId = :aggregate ";
        var query = em.createQuery("select e from RecordedEvent e " + filter + "order by e.receivedAt desc, e.id desc",
                        RecordedEvent.class)
                .setMaxResults(Math.min(Math.max(limit, 1), MAX_LISTED));
        if (aggregateId != null) {
            query.setParameter("aggregate", aggregateId);
        }
        return query.getResultList().stream().map(EventLog::view).toList();
    }

    private static RecordedEventView view(RecordedEvent e) {
        return new RecordedEventView(e.eventId(), e.type(), e.aggregateId(), e.payload(), e.occurredAt(), e.receivedAt());
    }
}
