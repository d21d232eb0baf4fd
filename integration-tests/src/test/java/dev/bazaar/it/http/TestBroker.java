package dev.bazaar.it.http;

import java.util.Map;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;

/**
 * The test run's Artemis broker, reached as a producer outside Bazaar would reach it: tests put their
 * own messages on a consumer's queue, or on the dead-letter queue with the origin Artemis records on a
 * message it dead-letters ({@code _AMQ_ORIG_ADDRESS}, {@code _AMQ_ORIG_QUEUE}).
 */
public final class TestBroker {

    private static final ConnectionFactory FACTORY = new ActiveMQConnectionFactory(
            System.getProperty("bazaar.broker.url", "tcp://127.0.0.1:61626"),
            System.getProperty("bazaar.broker.user", "bazaar"), System.getProperty("bazaar.broker.password", "bazaar"));

    private TestBroker() {
    }

    /** Sends text to an anycast queue; returns its JMS message id ("ID:..."). */
    public static String sendToQueue(String queue, String body) {
        try (JMSContext context = FACTORY.createContext()) {
            TextMessage message = context.createTextMessage(body);
            context.createProducer().send(context.createQueue(queue), message);
            return message.getJMSMessageID();
        } catch (JMSException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Puts a text message on the dead-letter queue as if Artemis had moved it there from {@code origin}
     * ("address::queue"; null: no origin recorded). Returns its JMS message id.
     */
    public static String deadLetter(String origin, String body, Map<String, String> properties) {
        try (JMSContext context = FACTORY.createContext()) {
            TextMessage message = context.createTextMessage(body);
            for (Map.Entry<String, String> property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            if (origin != null) {
                message.setStringProperty("_AMQ_ORIG_ADDRESS", origin.substring(0, origin.indexOf("::")));
                message.setStringProperty("_AMQ_ORIG_QUEUE", origin.substring(origin.indexOf("::") + 2));
            }
            context.createProducer().send(context.createQueue("DLQ"), message);
            return message.getJMSMessageID();
        } catch (JMSException e) {
            throw new AssertionError(e);
        }
    }

    /** The id the API names a dead letter by: its JMS message id without the "ID:" prefix. */
    public static String apiId(String messageId) {
        return messageId.substring("ID:".length());
    }
}
