package dev.bazaar.payment.domain;

import java.time.Instant;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Money going back to the shopper for one shop's part of an order, recorded before it moves. */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_group_id", nullable = false, updatable = false)
    private long orderGroupId;

    @Column(name = "vendor_order_id", nullable = false, updatable = false)
    private long vendorOrderId;

    @Column(name = "vendor_order_number", nullable = false, updatable = false)
    private String vendorOrderNumber;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(nullable = false, updatable = false)
    private String method;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RefundStatus status;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "request_key", updatable = false)
    private String requestKey;

    @Column(name = "request_hash", updatable = false)
    private String requestHash;

    @Column(name = "stripe_refund_id")
    private String stripeRefundId;

    @Column(name = "failure_message")
    private String failureMessage;

    @Column(name = "paid_out_reference")
    private String paidOutReference;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Refund() {
        // for JPA
    }

    /** What a refund is for and who asked; {@code requestKey}/{@code requestHash}: the API's Idempotency-Key. */
    public record Request(long orderGroupId, long vendorOrderId, String vendorOrderNumber, long vendorId, String method,
                          Money amount, String reason, String requestedBy, String requestKey, String requestHash) {
    }

    /** A card refund starts PENDING (Stripe confirms it); any other method's is OWED until paid out. */
    public Refund(Request request, boolean byCard, Instant now) {
        if (request.amount().amountMinor() <= 0) {
            throw new IllegalArgumentException("a refund is for more than nothing");
        }
        this.orderGroupId = request.orderGroupId();
        this.vendorOrderId = request.vendorOrderId();
        this.vendorOrderNumber = request.vendorOrderNumber();
        this.vendorId = request.vendorId();
        this.method = request.method();
        this.amountMinor = request.amount().amountMinor();
        this.currency = request.amount().currencyCode();
        this.status = byCard ? RefundStatus.PENDING : RefundStatus.OWED;
        this.reason = request.reason();
        this.requestedBy = request.requestedBy();
        this.requestKey = request.requestKey();
        this.requestHash = request.requestHash();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Stripe took the refund (and may already have sent it). Returns whether this is news. */
    public boolean succeeded(String refundId, Instant now) {
        if (stripeRefundId == null) {
            stripeRefundId = refundId;
        }
        if (status == RefundStatus.SUCCEEDED) {
            return false;
        }
        status = RefundStatus.SUCCEEDED;
        failureMessage = null;
        updatedAt = now;
        return true;
    }

    /** Stripe has the refund but has not finished it yet. */
    public void accepted(String refundId, Instant now) {
        if (stripeRefundId == null) {
            stripeRefundId = refundId;
            updatedAt = now;
        }
    }

    /** Stripe refused or could not send it: it no longer counts against the part. Returns whether this is news. */
    public boolean failed(String message, Instant now) {
        if (status != RefundStatus.PENDING) {
            return false;
        }
        status = RefundStatus.FAILED;
        failureMessage = message == null ? null : message.substring(0, Math.min(message.length(), 500));
        updatedAt = now;
        return true;
    }

    /** An admin paid an owed refund out (bank transfer to the shopper), with a reference. */
    public void paidOut(String reference, Instant now) {
        if (status != RefundStatus.OWED) {
            throw new ConflictException("status", "is " + status + "; only an owed refund can be paid out");
        }
        status = RefundStatus.PAID_OUT;
        paidOutReference = reference;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long orderGroupId() {
        return orderGroupId;
    }

    public long vendorOrderId() {
        return vendorOrderId;
    }

    public String vendorOrderNumber() {
        return vendorOrderNumber;
    }

    public long vendorId() {
        return vendorId;
    }

    public String method() {
        return method;
    }

    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public RefundStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestHash() {
        return requestHash;
    }

    public String stripeRefundId() {
        return stripeRefundId;
    }

    public String failureMessage() {
        return failureMessage;
    }

    public String paidOutReference() {
        return paidOutReference;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
