package dev.bazaar.analytics.application;

import dev.bazaar.analytics.domain.SalesFigures;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.HandledEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Keeps the sales read model: each order event's change ({@link SaleEvents}) is added to the figures
 * in the consuming MDB's transaction, together with the claim on the event's id, so an event the
 * broker delivers twice counts once, and a failure leaves neither.
 */
@Stateless
public class SalesProjection {

    static final String CONSUMER = "analytics";

    @Inject
    HandledEvents handled;

    @Inject
    SalesFigures figures;

    public void handle(DomainEvent event) {
        if (!handled.firstTime(CONSUMER, event.eventId())) {
            return;
        }
        SaleEvents.changeOf(event).ifPresent(figures::apply);
    }
}
