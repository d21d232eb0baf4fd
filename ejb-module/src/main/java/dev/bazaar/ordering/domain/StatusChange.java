package dev.bazaar.ordering.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step in a vendor order's history: from, to, who, why and when. Never changed once written. */
@Entity
@Table(name = "vendor_order_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vendor_order_id")
    private VendorOrder order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private VendorOrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private VendorOrderStatus to;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(length = 500)
    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(VendorOrder order, VendorOrderStatus from, VendorOrderStatus to, String actor, String reason, Instant at) {
        this.order = order;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reason = reason;
        this.occurredAt = at;
    }

    public VendorOrderStatus from() {
        return from;
    }

    public VendorOrderStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
