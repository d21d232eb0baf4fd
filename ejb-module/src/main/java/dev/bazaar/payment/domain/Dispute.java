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
 * A chargeback or an inquiry: the cardholder's bank disputes the charge of an order group. An inquiry
 * (Stripe's {@code warning_*} statuses) withdraws no money; a chargeback, or an inquiry that escalates
 * into one, withdraws the disputed amount and Stripe's fee. Open until Stripe reports it closed as won
 * or lost (an inquiry: {@code warning_closed}); admins see it on the order.
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

    @Column(name = "funds_withdrawn_at")
    private Instant fundsWithdrawnAt;

    @Column(name = "fee_minor", nullable = false)
    private long feeMinor;

    @Column(name = "fee_returned_minor", nullable = false)
    private long feeReturnedMinor;

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
        withdrawIfChargeback(now);
    }

    /**
     * Stripe's news of the dispute; {@code won} or {@code lost} close it with that outcome, and
     * {@code warning_closed} closes an inquiry with none. An inquiry that moves to any other status
     * escalated into a chargeback: its money is withdrawn now.
     */
    public void update(String newStatus, Instant now) {
        status = newStatus;
        withdrawIfChargeback(now);
        if (closedAt == null && ("won".equals(newStatus) || "lost".equals(newStatus))) {
            outcome = newStatus;
            closedAt = now;
        } else if (closedAt == null && "warning_closed".equals(newStatus)) {
            closedAt = now;
        }
    }

    /**
     * The fees Stripe's balance transactions of the dispute carry so far: what it withdrew and what it
     * gave back (each report lists every transaction, so the largest figures seen are the whole).
     */
    public void fees(long withdrawnMinor, long returnedMinor) {
        feeMinor = Math.max(feeMinor, withdrawnMinor);
        feeReturnedMinor = Math.max(feeReturnedMinor, returnedMinor);
    }

    private void withdrawIfChargeback(Instant now) {
        if (fundsWithdrawnAt == null && !status.startsWith("warning_")) {
            fundsWithdrawnAt = now;
        }
    }

    /** Whether the disputed amount left the platform's balance (a chargeback, not an inquiry). */
    public boolean fundsWithdrawn() {
        return fundsWithdrawnAt != null;
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
