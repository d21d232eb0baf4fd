package dev.bazaar.platform.infrastructure;

import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.EventLog;
import dev.bazaar.platform.application.RideOutOutages;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Feeds the event log from the {@code bazaar.events::event-log} queue. Thin on purpose: parse,
 * delegate, and let any failure propagate so Artemis redelivers and finally dead-letters the message.
 * The queue is configured on the {@code eventLogConsumer} activation spec in server.xml, to which
 * META-INF/ibm-ejb-jar-bnd.xml binds this bean.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // ADR 15: acknowledged after the handler's own transaction, not in XA with it
@Interceptors(RideOutOutages.class) // holds a message through a database outage instead of spending its deliveries
public class EventLogConsumer implements MessageListener {

    @EJB
    EventLog eventLog;

    @Override
    public void onMessage(Message message) {
        eventLog.record(DomainEvent.fromJson(TextMessages.body(message)));
    }
}
