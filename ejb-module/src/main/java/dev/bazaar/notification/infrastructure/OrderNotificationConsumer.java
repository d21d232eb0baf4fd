package dev.bazaar.notification.infrastructure;

import dev.bazaar.notification.application.OrderNotifications;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.RideOutOutages;
import dev.bazaar.platform.infrastructure.TextMessages;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Reads order events from the {@code bazaar.events::order-notifications} queue (the
 * {@code orderNotifications} activation spec in server.xml) and hands them to
 * {@link OrderNotifications}. A failure propagates: Artemis redelivers with back-off, then
 * dead-letters the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // ADR 15: acknowledged after the handler's own transaction, not in XA with it
@Interceptors(RideOutOutages.class) // holds a message through a database outage instead of spending its deliveries
public class OrderNotificationConsumer implements MessageListener {

    @EJB
    OrderNotifications notifications;

    @Override
    public void onMessage(Message message) {
        notifications.handle(DomainEvent.fromJson(TextMessages.body(message)));
    }
}
