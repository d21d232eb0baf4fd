package dev.bazaar.payment.domain;

import java.time.Instant;
import java.util.List;

import dev.bazaar.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A payout made by hand or an adjustment of a shop's balance, as an admin recorded it (once per Idempotency-Key). */
@Entity
@Table(name = "manual_movement")
public class ManualMovement {

    /** Which: money sent to the shop outside Stripe, or a correction. */
    public enum Kind {
        MANUAL_PAYOUT,
        ADJUSTMENT
    }

    /** What an admin asked for, with the key and fingerprint of the request. */
    public record Request(Kind kind, long vendorId, Money amount, String note, String recordedBy, String requestKey, String requestHash) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "request_key", updatable = false)
    private String requestKey;

    @Column(name = "request_hash", updatable = false)
    private String requestHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ManualMovement() {
        // for JPA
    }

    public ManualMovement(Request request, Instant now) {
        this.kind = request.kind();
        this.vendorId = request.vendorId();
        this.currency = request.amount().currencyCode();
        this.amountMinor = request.amount().amountMinor();
        this.note = request.note();
        this.recordedBy = request.recordedBy();
        this.requestKey = request.requestKey();
        this.requestHash = request.requestHash();
        this.createdAt = now;
    }

    /** The entries it writes on the ledger. */
    public List<Posting> postings() {
        return kind == Kind.MANUAL_PAYOUT ? List.of(Postings.forManualPayout(vendorId, id, amount(), note))
                : Postings.forAdjustment(vendorId, id, amount(), note);
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public long vendorId() {
        return vendorId;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String requestHash() {
        return requestHash;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
