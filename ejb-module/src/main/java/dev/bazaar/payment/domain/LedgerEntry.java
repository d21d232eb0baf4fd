package dev.bazaar.payment.domain;

import java.time.Instant;

import dev.bazaar.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One movement of money on one account; written once, never changed (the table refuses updates and deletes). */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vendor_id", updatable = false)
    private Long vendorId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LedgerKind kind;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(name = "order_number", updatable = false)
    private String orderNumber;

    @Column(name = "vendor_order_number", updatable = false)
    private String vendorOrderNumber;

    @Column(name = "stripe_object", updatable = false)
    private String stripeObject;

    @Column(name = "entry_key", nullable = false, updatable = false)
    private String key;

    @Column(nullable = false, updatable = false)
    private String memo;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected LedgerEntry() {
        // for JPA
    }

    public LedgerEntry(Posting posting, String orderNumber, String vendorOrderNumber, String stripeObject, Instant recordedAt) {
        this.vendorId = posting.vendorId();
        this.currency = posting.amount().currencyCode();
        this.kind = posting.kind();
        this.amountMinor = posting.amount().amountMinor();
        this.orderNumber = orderNumber;
        this.vendorOrderNumber = vendorOrderNumber;
        this.stripeObject = stripeObject;
        this.key = posting.key();
        this.memo = posting.memo();
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Long vendorId() {
        return vendorId;
    }

    public LedgerKind kind() {
        return kind;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String vendorOrderNumber() {
        return vendorOrderNumber;
    }

    public String stripeObject() {
        return stripeObject;
    }

    public String memo() {
        return memo;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
