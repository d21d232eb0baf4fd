package dev.bazaar.it.incontainer;

import java.util.UUID;

import dev.bazaar.notification.application.MailMessage;
import dev.bazaar.notification.application.MailOutbox;
import dev.bazaar.platform.application.DeadLetterQueue;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;

/**
 * Sends a message, queues a mail, and replays or discards a dead letter, each in a container
 * transaction of its own, as the application does: MailOutbox inside a use case's transaction,
 * DeadLetters once it knows the caller is an active admin (the HTTP tests go through DeadLetters with
 * a real admin). The connection factory comes through a resource reference, which carries the
 * container's broker credentials.
 */
@Stateless
public class DeadLettersInTransaction {

    @Resource(lookup = "jms/bazaarConnectionFactory")
    ConnectionFactory connectionFactory;

    @Inject
    MailOutbox outbox;

    @Inject
    DeadLetterQueue queue;

    /** Sends straight to one queue under the events address (by its fully qualified name), as a faulty producer could. */
    public String sendToEventQueue(String queue, String body, String type, UUID eventId) throws JMSException {
        try (JMSContext context = connectionFactory.createContext()) {
            TextMessage message = context.createTextMessage(body);
            message.setStringProperty("type", type);
            message.setStringProperty("eventId", eventId.toString());
            context.createProducer().send(context.createTopic(queue), message);
            return message.getJMSMessageID();
        }
    }

    public long queueMail(MailMessage mail) {
        return outbox.queue(mail);
    }

    public boolean replay(String id, String origin) {
        return queue.replay(id, origin);
    }

    public boolean discard(String id) {
        return queue.discard(id);
    }
}
