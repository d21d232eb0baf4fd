package dev.bazaar.payment.domain;

import java.time.Instant;
import java.util.UUID;

import dev.bazaar.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Money on its way from the platform's Stripe balance to a shop's connected account: recorded as
 * {@link PayoutState#SENDING} before Stripe is asked, then settled. Claims and settlements are guarded
 * updates in {@link Transfers}, so two servers never act on one transfer at once.
 */
@Entity
@Table(name = "shop_transfer")
public class ShopTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false)
    private String destination;

    @Column(name = "source_charge", updatable = false)
    private String sourceCharge;

    @Column(name = "transfer_group", updatable = false)
    private String transferGroup;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PayoutState state;

    @Column(name = "stripe_transfer_id")
    private String stripeTransferId;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ShopTransfer() {
        // for JPA
    }

    /** A transfer of {@code amount} to the shop's account {@code destination}, due at once. */
    public ShopTransfer(long vendorId, Money amount, String destination, String sourceCharge, String transferGroup, Instant now) {
        if (amount.amountMinor() <= 0) {
            throw new IllegalArgumentException("a transfer sends more than nothing, not " + amount.amountMinor());
        }
        this.vendorId = vendorId;
        this.currency = amount.currencyCode();
        this.amountMinor = amount.amountMinor();
        this.destination = destination;
        this.sourceCharge = sourceCharge;
        this.transferGroup = transferGroup;
        this.idempotencyKey = "bazaar-transfer-unsaved-" + UUID.randomUUID();
        this.state = PayoutState.SENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Its first idempotency key names it, so the key is set once the id is known (before the transaction ends). */
    void keyed() {
        idempotencyKey = "bazaar-transfer-" + id;
    }

    public Long id() {
        return id;
    }

    public long vendorId() {
        return vendorId;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public String destination() {
        return destination;
    }

    public String sourceCharge() {
        return sourceCharge;
    }

    public String transferGroup() {
        return transferGroup;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public PayoutState state() {
        return state;
    }

    public String stripeTransferId() {
        return stripeTransferId;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
