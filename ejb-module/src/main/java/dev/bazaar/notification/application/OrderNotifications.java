package dev.bazaar.notification.application;

import java.util.List;
import java.util.Optional;

import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.HandledEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Turns order events into mail: a confirmation to the customer and a new-order mail to each shop
 * when an order is placed, and a mail to the customer when a part ships or is cancelled, or a payment
 * or refund goes through (or not), written in the language the customer ordered in. Runs in the
 * consuming MDB's transaction: the event's claim and the queued mails commit together, so an event
 * delivered twice mails once.
 */
@Stateless
public class OrderNotifications {

    static final String CONSUMER = "order-notifications";

    @Inject
    HandledEvents handled;

    @Inject
    MailOutbox outbox;

    @Inject
    OrderMails mails;

    @PersistenceContext(unitName = "bazaar")
    EntityManager em;

    public void handle(DomainEvent event) {
        if (!handled.firstTime(CONSUMER, event.eventId())) {
            return;
        }
        JsonObject payload = event.payload();
        switch (event.type()) {
            case "order.placed" -> {
                if (!payload.getBoolean("guest", false)) { // a guest's mail, with its order link, left with the order
                    outbox.queue(mails.confirmation(payload, textsOf(payload)));
                }
                for (JsonValue part : payload.getJsonArray("vendorOrders")) {
                    JsonObject p = part.asJsonObject();
                    long vendorId = p.getJsonNumber("vendorId").longValue();
                    shopContact(vendorId).ifPresent(shop -> outbox.queue(mails.newOrder(shop.get(0), shop.get(1), payload, p)));
                }
            }
            case "order.shipped" -> outbox.queue(mails.shipped(payload, textsOf(payload)));
            case "order.cancelled" -> outbox.queue(mails.cancelled(payload, textsOf(payload)));
            case "payment.succeeded" -> outbox.queue(mails.paymentSucceeded(payload, textsOf(payload)));
            case "payment.failed" -> outbox.queue(mails.paymentFailed(payload, textsOf(payload)));
            case "payment.refunded" -> outbox.queue(mails.refunded(payload, textsOf(payload)));
            default -> {
                // other order events need no mail
            }
        }
    }

    /** The words of a mail to the customer: in the language they placed the order in. */
    private MailTexts textsOf(JsonObject payload) {
        List<?> language = em.createNativeQuery("select language from order_group where number = :number")
                .setParameter("number", payload.getString("orderNumber"))
                .getResultList();
        return MailTexts.in(language.isEmpty() ? null : (String) language.get(0));
    }

    /** The shop's contact address (its owner's when the shop gave none) and its name. */
    private Optional<List<String>> shopContact(long vendorId) {
        List<?> rows = em.createNativeQuery("select coalesce(v.contact_email, (select min(u.email) from app_user u"
                        + " join user_role r on r.user_id = u.id where u.vendor_id = v.id and r.role = 'VENDOR_OWNER')), v.name"
                        + " from vendor v where v.id = :vendor")
                .setParameter("vendor", vendorId)
                .getResultList();
        return rows.stream().findFirst().map(row -> (Object[]) row)
                .filter(c -> c[0] != null)
                .map(c -> List.of((String) c[0], (String) c[1]));
    }
}
