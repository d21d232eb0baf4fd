package dev.bazaar.platform.application;

/**
 * Publishes domain events. Sending joins the caller's JTA transaction: the event leaves only if the
 * transaction commits.
 */
public interface EventPublisher {

    void publish(DomainEvent event);

    /**
     * Joins the broker to the caller's transaction now; the events published later in it go through the
     * same connection. A use case that locks rows and then publishes calls this before it locks anything:
     * while the broker is down or stopping it fails at once (the broker is unavailable, nothing written)
     * instead of waiting out the broker's call timeout in the send with its rows locked, which queued every
     * other checkout of the same stock behind it (ServiceRestartIT: a 20 s answer while Artemis restarted).
     */
    void joinTransaction();
}
