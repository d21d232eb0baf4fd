package dev.bazaar.inventory.domain;

import java.io.Serializable;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How many of one variant a location holds and how many of those are promised to orders not yet
 * paid. On hand is never negative and never below what is reserved (the database checks both too).
 */
@Entity
@Table(name = "stock_level")
public class StockLevel {

    @Embeddable
    public record Key(@Column(name = "variant_id") long variantId,
                      @Column(name = "location_id") long locationId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(nullable = false)
    private int reserved;

    @Version
    private long version;

    protected StockLevel() {
        // for JPA
    }

    public StockLevel(long variantId, long locationId) {
        this.key = new Key(variantId, locationId);
    }

    /** Counts in or out: a delivery (+), a count correction or damage (−). Returns the delta applied. */
    public int adjust(int delta) {
        long after = (long) onHand + delta;
        if (after < 0) {
            throw new InvalidInputException("delta", "would leave " + after + " on hand; there are " + onHand);
        }
        if (after < reserved) {
            throw new ConflictException("delta", "would leave " + after + " on hand, fewer than the " + reserved + " reserved for orders");
        }
        if (after > Integer.MAX_VALUE) {
            throw new InvalidInputException("delta", "is too large");
        }
        onHand = (int) after;
        return delta;
    }

    /** Sets the counted quantity; returns the delta that makes it so. */
    public int count(int counted) {
        if (counted < 0) {
            throw new InvalidInputException("onHand", "must be zero or more");
        }
        return adjust(counted - onHand);
    }

    /** Promises units to an order; only what is available can be reserved. */
    public void reserve(int quantity) {
        requirePositive(quantity);
        if (quantity > available()) {
            throw new ConflictException("quantity", "only " + available() + " available");
        }
        reserved += quantity;
    }

    /** Gives reserved units back (an order cancelled or expired before payment). */
    public void release(int quantity) {
        requirePositive(quantity);
        if (quantity > reserved) {
            throw new IllegalStateException("Releasing " + quantity + " but only " + reserved + " reserved");
        }
        reserved -= quantity;
    }

    /** A paid reservation leaves the shelf: on hand and reserved both go down. */
    public void sellReserved(int quantity) {
        requirePositive(quantity);
        if (quantity > reserved) {
            throw new IllegalStateException("Selling " + quantity + " but only " + reserved + " reserved");
        }
        reserved -= quantity;
        onHand -= quantity;
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new InvalidInputException("quantity", "must be at least 1");
        }
    }

    public int available() {
        return onHand - reserved;
    }

    public long variantId() {
        return key.variantId();
    }

    public long locationId() {
        return key.locationId();
    }

    public int onHand() {
        return onHand;
    }

    public int reserved() {
        return reserved;
    }
}
