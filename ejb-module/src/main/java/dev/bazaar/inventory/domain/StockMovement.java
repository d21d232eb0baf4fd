package dev.bazaar.inventory.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change to a stock level: who, why, by how much. Written with every change, never edited. */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "variant_id", nullable = false)
    private long variantId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "on_hand_delta", nullable = false)
    private int onHandDelta;

    @Column(name = "reserved_delta", nullable = false)
    private int reservedDelta;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected StockMovement() {
        // for JPA
    }

    public StockMovement(StockLevel level, int onHandDelta, int reservedDelta, String reason, String actor, Instant at) {
        this.variantId = level.variantId();
        this.locationId = level.locationId();
        this.onHandDelta = onHandDelta;
        this.reservedDelta = reservedDelta;
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = at;
    }

    public long variantId() {
        return variantId;
    }

    public long locationId() {
        return locationId;
    }

    public int onHandDelta() {
        return onHandDelta;
    }

    public int reservedDelta() {
        return reservedDelta;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
