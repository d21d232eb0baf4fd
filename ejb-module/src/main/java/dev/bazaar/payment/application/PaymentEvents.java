package dev.bazaar.payment.application;

import dev.bazaar.payment.domain.CardPayment;
import dev.bazaar.payment.domain.Refund;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.EventPublisher;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * The payment.* events, sent in the transaction of the change they report: payment.succeeded,
 * payment.failed, payment.canceled and payment.refunded (one per refund whose money has gone back).
 */
@Dependent
public class PaymentEvents {

    public static final String SUCCEEDED = "payment.succeeded";
    public static final String FAILED = "payment.failed";
    public static final String CANCELED = "payment.canceled";
    public static final String REFUNDED = "payment.refunded";

    @Inject
    EventPublisher events;

    void succeeded(CardPayment payment) {
        publish(SUCCEEDED, payment);
    }

    void failed(CardPayment payment) {
        publish(FAILED, payment);
    }

    void canceled(CardPayment payment) {
        publish(CANCELED, payment);
    }

    void refunded(Refund refund, RefundableOrders.Part part) {
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("orderGroupId", refund.orderGroupId())
                .add("vendorOrderNumber", refund.vendorOrderNumber())
                .add("orderNumber", part.orderNumber())
                .add("vendorId", refund.vendorId())
                .add("refundId", refund.id())
                .add("method", refund.method())
                .add("status", refund.status().name())
                .add("amount", DomainEvent.money(refund.amount()))
                .add("reason", refund.reason())
                .add("customerEmail", part.customerEmail());
        if (refund.stripeRefundId() != null) {
            payload.add("stripeRefundId", refund.stripeRefundId());
        }
        events.publish(DomainEvent.now(REFUNDED, refund.vendorOrderNumber(), payload.build()));
    }

    private void publish(String type, CardPayment payment) {
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("orderNumber", payment.orderNumber())
                .add("orderGroupId", payment.orderGroupId())
                .add("customerEmail", payment.customerEmail())
                .add("method", CardMethod.CODE)
                .add("amount", DomainEvent.money(payment.amount()))
                .add("status", payment.status().name());
        if (payment.intentId() != null) {
            payload.add("intentId", payment.intentId());
        }
        if (payment.chargeId() != null) {
            payload.add("chargeId", payment.chargeId());
        }
        if (payment.lastErrorMessage() != null) {
            payload.add("errorMessage", payment.lastErrorMessage());
        }
        if (payment.lastErrorCode() != null) {
            payload.add("errorCode", payment.lastErrorCode());
        }
        events.publish(DomainEvent.now(type, payment.orderNumber(), payload.build()));
    }
}
