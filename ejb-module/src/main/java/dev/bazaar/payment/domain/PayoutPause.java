package dev.bazaar.payment.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A shop whose transfers an admin stopped, and why; the shop gets none until the pause is lifted. */
@Entity
@Table(name = "payout_pause")
public class PayoutPause {

    @Id
    @Column(name = "vendor_id")
    private long vendorId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "paused_by", nullable = false, updatable = false)
    private String pausedBy;

    @Column(name = "paused_at", nullable = false, updatable = false)
    private Instant pausedAt;

    protected PayoutPause() {
        // for JPA
    }

    public PayoutPause(long vendorId, String reason, String pausedBy, Instant pausedAt) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a pause has a reason");
        }
        this.vendorId = vendorId;
        this.reason = reason;
        this.pausedBy = pausedBy;
        this.pausedAt = pausedAt;
    }

    public long vendorId() {
        return vendorId;
    }

    public String reason() {
        return reason;
    }

    public String pausedBy() {
        return pausedBy;
    }

    public Instant pausedAt() {
        return pausedAt;
    }
}
