package dev.bazaar.notification.infrastructure;

import dev.bazaar.notification.application.OrderNotifications;
import dev.bazaar.platform.application.DomainEvent;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/**
 * Reads order events from the {@code bazaar.events::order-notifications} queue (the
 * {@code orderNotifications} activation spec in server.xml) and hands them to
 * {@link OrderNotifications}. A failure propagates: Artemis redelivers with back-off, then
 * dead-letters the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
public class OrderNotificationConsumer implements MessageListener {

    @EJB
    OrderNotifications notifications;

    @Override
    public void onMessage(Message message) {
        if (!(message instanceof TextMessage text)) {
            throw new IllegalArgumentException("Expected a JSON text message, got " + message.getClass().getSimpleName());
        }
        try {
            notifications.handle(DomainEvent.fromJson(text.getText()));
        } catch (JMSException e) {
            throw new IllegalStateException("Could not read message body", e);
        }
    }
}
