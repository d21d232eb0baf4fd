package dev.bazaar.payment.domain;

import java.time.Instant;

import dev.bazaar.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A chargeback: the cardholder's bank disputes the charge of an order group. Open until Stripe
 * reports it closed as won or lost; admins see it on the order.
 */
@Entity
@Table(name = "dispute")
public class Dispute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "stripe_dispute_id", nullable = false, updatable = false)
    private String stripeDisputeId;

    @Column(name = "charge_id", nullable = false, updatable = false)
    private String chargeId;

    @Column(name = "order_group_id", nullable = false, updatable = false)
    private long orderGroupId;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(nullable = false)
    private String status;

    @Column
    private String outcome;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Dispute() {
        // for JPA
    }

    public Dispute(String stripeDisputeId, String chargeId, long orderGroupId, Money amount, String reason, String status,
                   Instant now) {
        this.stripeDisputeId = stripeDisputeId;
        this.chargeId = chargeId;
        this.orderGroupId = orderGroupId;
        this.amountMinor = amount.amountMinor();
        this.currency = amount.currencyCode();
        this.reason = reason;
        this.status = status;
        this.openedAt = now;
    }

    /** Stripe's news of the dispute; {@code won} or {@code lost} close it with that outcome. True when this news closed it. */
    public boolean update(String newStatus, Instant now) {
        status = newStatus;
        if (("won".equals(newStatus) || "lost".equals(newStatus)) && closedAt == null) {
            outcome = newStatus;
            closedAt = now;
            return true;
        }
        return false;
    }

    public boolean won() {
        return "won".equals(outcome);
    }

    public Long id() {
        return id;
    }

    public String stripeDisputeId() {
        return stripeDisputeId;
    }

    public long orderGroupId() {
        return orderGroupId;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public String reason() {
        return reason;
    }

    public String status() {
        return status;
    }

    public String outcome() {
        return outcome;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
