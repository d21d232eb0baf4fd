package dev.bazaar.platform.application;

/**
 * Publishes domain events. Sending joins the caller's JTA transaction: the event leaves only if the
 * transaction commits.
 */
public interface EventPublisher {

    void publish(DomainEvent event);
}
