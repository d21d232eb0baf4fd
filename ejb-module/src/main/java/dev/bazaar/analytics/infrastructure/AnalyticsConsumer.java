package dev.bazaar.analytics.infrastructure;

import dev.bazaar.analytics.application.SalesProjection;
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
 * Reads order.paid and order.cancelled from the {@code bazaar.events::analytics} queue (the
 * {@code analytics} activation spec in server.xml; the queue's filter lets nothing else through) and
 * hands them to {@link SalesProjection}. A failure propagates: Artemis redelivers with back-off, then
 * dead-letters the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // ADR 15: acknowledged after the handler's own transaction, not in XA with it
@Interceptors(RideOutOutages.class) // holds a message through a database outage instead of spending its deliveries
public class AnalyticsConsumer implements MessageListener {

    @EJB
    SalesProjection projection;

    @Override
    public void onMessage(Message message) {
        projection.handle(DomainEvent.fromJson(TextMessages.body(message)));
    }
}
