package dev.bazaar.admin;

import java.util.List;

import dev.bazaar.platform.application.EventLog;
import dev.bazaar.platform.application.RecordedEventView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The newest domain events the event-log consumer received from Artemis, all or one aggregate's. */
@Named("eventLog")
@RequestScoped
public class EventLogView {

    static final int SHOWN = 100;

    @EJB
    EventLog eventLog;

    private String aggregate;
    private List<RecordedEventView> events;

    public List<RecordedEventView> getEvents() {
        if (events == null) {
            events = eventLog.latest(aggregate == null || aggregate.isBlank() ? null : aggregate.strip(), SHOWN);
        }
        return events;
    }

    /** {@code ?aggregate=}: only the events of one aggregate (a product's id, an order's number). */
    public String getAggregate() {
        return aggregate;
    }

    public void setAggregate(String aggregate) {
        this.aggregate = aggregate;
    }
}
