package dev.bazaar.notification.infrastructure;

import dev.bazaar.notification.application.MailDelivery;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Delivers queued mail from the {@code bazaar.mail} queue (the {@code mailDelivery} activation spec
 * in server.xml, bound in META-INF/ibm-ejb-jar-bnd.xml). A failure propagates, so Artemis redelivers
 * with back-off and finally moves the message to the dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class MailDeliveryConsumer implements MessageListener {

    @EJB
    MailDelivery delivery;

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new IllegalArgumentException("Expected a mail id, got " + message.getClass().getSimpleName());
        }
        try {
            delivery.deliver(Long.parseLong(text.getText().trim()));
        } catch (JMSException e) {
            throw new IllegalStateException("Could not read message body", e);
        }
    }
}
