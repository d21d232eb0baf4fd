package dev.bazaar.payment.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.CardPayment;
import dev.bazaar.payment.domain.CardPayments;
import dev.bazaar.payment.domain.Ledger;
import dev.bazaar.payment.domain.Postings;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.HandledEvents;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/**
 * Writes the shops' ledger from the events that move their money, in the consuming MDB's transaction
 * together with the claim on the event's id, so a redelivered event writes nothing twice:
 * {@code order.paid} posts the part's sale, commission and platform-funded discount, and a dispute of the
 * order that Stripe reported before the sale reached the ledger ({@link DisputePostings#saleRecorded});
 * {@code payment.refunded} debits the refund from the shop and, when the part's money was transferred
 * to the shop's connected account, records the reversal of the shop's share and credits it
 * ({@link TransferWork#reverseForRefund}); {@code order.delivered} releases the
 * part's money after the hold for returns ({@code bazaar.payout.hold-days}, default 7). An event that
 * lacks what it needs is refused loudly, so the broker retries and then dead-letters it.
 */
@Stateless
public class LedgerPostings {

    static final String CONSUMER = "ledger";
    /** Ordering's events, named here as the queue's filter names them (ordering depends on payment, not the reverse). */
    static final String ORDER_PAID = "order.paid";
    static final String ORDER_DELIVERED = "order.delivered";

    @Inject
    HandledEvents handled;

    @Inject
    Ledger ledger;

    @Inject
    CardPayments payments;

    @EJB
    TransferWork transfers;

    @Inject
    DisputePostings disputePostings;

    @Inject
    @ConfigProperty(name = "bazaar.payout.hold-days", defaultValue = "7")
    int holdDays;

    public void handle(DomainEvent event) {
        if (!handled.firstTime(CONSUMER, event.eventId())) {
            return;
        }
        JsonObject payload = event.payload();
        try {
            switch (event.type()) {
                case ORDER_PAID -> paid(payload, event.occurredAt());
                case ORDER_DELIVERED -> ledger.release(payload.getString("vendorOrderNumber"), vendorId(payload),
                        event.occurredAt(), event.occurredAt().plus(Duration.ofDays(holdDays)));
                case PaymentEvents.REFUNDED -> refunded(payload, event.occurredAt());
                default -> {
                    // the queue's filter lets nothing else through
                }
            }
        } catch (NullPointerException | ClassCastException e) {
            throw new IllegalArgumentException("Cannot post " + event.type() + " " + event.eventId() + " to the ledger: " + e, e);
        }
    }

    private void paid(JsonObject payload, Instant at) {
        String orderNumber = payload.getString("orderNumber");
        String part = payload.getString("vendorOrderNumber");
        Postings.PaidPart paid = new Postings.PaidPart(vendorId(payload), orderNumber, part, money(payload, "total"),
                money(payload, "commission"), money(payload, "platformDiscount"));
        Optional<CardPayment> payment = payments.ofOrder(orderNumber);
        ledger.record(Postings.forPaidPart(paid), orderNumber, part, payment.map(CardPayment::chargeId).orElse(null), at);
        payment.ifPresent(p -> disputePostings.saleRecorded(p, at));
    }

    private void refunded(JsonObject payload, Instant at) {
        String part = payload.getString("vendorOrderNumber");
        String orderNumber = payload.getString("orderNumber");
        long refundId = payload.getJsonNumber("refundId").longValueExact();
        Money amount = money(payload, "amount");
        ledger.record(List.of(Postings.forRefund(vendorId(payload), part, refundId, amount)), orderNumber, part,
                payload.getString("stripeRefundId", null), at);
        transfers.reverseForRefund(vendorId(payload), orderNumber, part, refundId, amount, at);
    }

    private static long vendorId(JsonObject payload) {
        return payload.getJsonNumber("vendorId").longValueExact();
    }

    private static Money money(JsonObject payload, String name) {
        return DomainEvent.moneyOf(payload.getJsonObject(name));
    }
}
