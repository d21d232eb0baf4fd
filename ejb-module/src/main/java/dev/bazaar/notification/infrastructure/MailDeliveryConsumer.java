package dev.bazaar.notification.infrastructure;

import dev.bazaar.notification.application.MailDelivery;
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
 * Delivers queued mail from the {@code bazaar.mail} queue (the {@code mailDelivery} activation spec
 * in server.xml, bound in META-INF/ibm-ejb-jar-bnd.xml). A failure propagates, so Artemis redelivers
 * with back-off and finally moves the message to the dead-letter queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // ADR 15: acknowledged after the handler's own transaction, not in XA with it
@Interceptors(RideOutOutages.class) // holds a message through a database outage instead of spending its deliveries
public class MailDeliveryConsumer implements MessageListener {

    @EJB
    MailDelivery delivery;

    @Override
    public void onMessage(Message message) {
        delivery.deliver(Long.parseLong(TextMessages.body(message).trim()));
    }
}
