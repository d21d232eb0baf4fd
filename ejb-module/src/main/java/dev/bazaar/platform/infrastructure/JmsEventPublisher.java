package dev.bazaar.platform.infrastructure;

import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.EventPublisher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

/**
 * Sends domain events to the {@code bazaar.events} topic on Artemis. The connection factory comes
 * from the Artemis resource adapter, so inside a container transaction the send is an XA branch.
 */
@ApplicationScoped
public class JmsEventPublisher implements EventPublisher {

    @Resource(lookup = "jms/bazaarConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/domainEvents")
    Topic domainEvents;

    @Override
    public void publish(DomainEvent event) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer()
                    .setProperty(DomainEvent.TYPE_PROPERTY, event.type())
                    .setProperty(DomainEvent.EVENT_ID_PROPERTY, event.eventId().toString())
                    .send(domainEvents, event.toJson());
        }
    }

    /**
     * Taking a context inside a JTA transaction starts the broker's branch of it (a round trip to the
     * broker); the shareable connection stays with the transaction until it ends, so {@link #publish}
     * reuses it rather than opening a second branch.
     */
    @Override
    public void joinTransaction() {
        connectionFactory.createContext().close();
    }
}
