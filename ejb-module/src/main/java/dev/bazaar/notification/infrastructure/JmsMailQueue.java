package dev.bazaar.notification.infrastructure;

import dev.bazaar.notification.application.MailQueue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/** Puts the id of a queued mail on the {@code bazaar.mail} queue; in a transaction, as an XA branch. */
@ApplicationScoped
public class JmsMailQueue implements MailQueue {

    @Resource(lookup = "jms/bazaarConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/mailQueue")
    Queue mailQueue;

    @Override
    public void announce(long mailId) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().send(mailQueue, Long.toString(mailId));
        }
    }
}
