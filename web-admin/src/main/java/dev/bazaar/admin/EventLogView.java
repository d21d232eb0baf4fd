package dev.bazaar.admin;

import java.util.List;

import dev.bazaar.platform.application.EventLog;
import dev.bazaar.platform.application.RecordedEventView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The newest domain events the event-log consumer received from Artemis. */
@Named("eventLog")
@RequestScoped
public class EventLogView {

    static final int SHOWN = 100;

    @EJB
    EventLog eventLog;

    private List<RecordedEventView> events;

    public List<RecordedEventView> getEvents() {
        if (events == null) {
            events = eventLog.latest(null, SHOWN);
        }
        return events;
    }
}
