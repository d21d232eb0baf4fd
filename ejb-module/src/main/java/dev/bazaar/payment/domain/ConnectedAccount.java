package dev.bazaar.payment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A shop's Stripe Express account (Connect), through which its share of card sales is transferred.
 * Its state is Stripe's: set when the account is made and on every {@code account.updated}.
 */
@Entity
@Table(name = "connected_account")
public class ConnectedAccount {

    @Id
    @Column(name = "vendor_id")
    private long vendorId;

    @Column(name = "stripe_account_id", nullable = false, updatable = false)
    private String stripeAccountId;

    @Column(name = "details_submitted", nullable = false)
    private boolean detailsSubmitted;

    @Column(name = "charges_enabled", nullable = false)
    private boolean chargesEnabled;

    @Column(name = "payouts_enabled", nullable = false)
    private boolean payoutsEnabled;

    @Column(name = "requirements_due", nullable = false)
    private int requirementsDue;

    @Column(name = "disabled_reason")
    private String disabledReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConnectedAccount() {
        // for JPA
    }

    /** Stripe's view of an account: what Bazaar keeps of it. */
    public record State(boolean detailsSubmitted, boolean chargesEnabled, boolean payoutsEnabled, int requirementsDue,
                        String disabledReason) {
    }

    public ConnectedAccount(long vendorId, String stripeAccountId, State state, Instant now) {
        this.vendorId = vendorId;
        this.stripeAccountId = stripeAccountId;
        this.createdAt = now;
        update(state, now);
    }

    public void update(State state, Instant now) {
        detailsSubmitted = state.detailsSubmitted();
        chargesEnabled = state.chargesEnabled();
        payoutsEnabled = state.payoutsEnabled();
        requirementsDue = Math.max(0, state.requirementsDue());
        disabledReason = state.disabledReason() == null || state.disabledReason().length() <= 200
                ? state.disabledReason() : state.disabledReason().substring(0, 200);
        updatedAt = now;
    }

    /** Whether transfers may be sent to it: Stripe lets the shop receive payouts. */
    public boolean canReceiveTransfers() {
        return payoutsEnabled;
    }

    public long vendorId() {
        return vendorId;
    }

    public String stripeAccountId() {
        return stripeAccountId;
    }

    public State state() {
        return new State(detailsSubmitted, chargesEnabled, payoutsEnabled, requirementsDue, disabledReason);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
