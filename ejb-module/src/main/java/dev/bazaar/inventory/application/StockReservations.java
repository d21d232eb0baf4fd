package dev.bazaar.inventory.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.bazaar.inventory.domain.Stock;
import dev.bazaar.inventory.domain.StockLevel;
import dev.bazaar.inventory.domain.StockMovement;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.MessageKey;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Stock promised to orders, used inside the ordering services' transactions: reserve at checkout,
 * sell on payment, release on cancellation or expiry before payment, restock after a cancelled sale
 * or a return. Reserving locks the variant's levels first, so two checkouts can never both take the
 * last unit; the database's reserved ≤ on_hand check is the last word. Every change writes a movement.
 */
@Dependent
public class StockReservations {

    /** Units held for an order at one location. */
    public record Held(long locationId, int quantity) {
    }

    @Inject
    Stock stock;

    @Inject
    LowStockWatch lowStock;

    /**
     * Reserves {@code quantity} units of the variant from its shop's locations, in location order.
     * Refused with a 409 naming what is left when there are not enough.
     */
    public List<Held> reserve(long variantId, String description, int quantity, String reason, String actor) {
        Stock.VariantFacts variant = stock.variant(variantId)
                .orElseThrow(() -> new ConflictException("stock", description + " is no longer sold",
                        MessageKey.of("stock.noLongerSold", description)));
        List<StockLevel> levels = stock.shopLevelsForUpdate(variantId, variant.vendorId());
        int available = levels.stream().mapToInt(StockLevel::available).sum();
        if (available < quantity) {
            throw available <= 0
                    ? new ConflictException("stock", description + " is out of stock", MessageKey.of("stock.outOfStock", description))
                    : new ConflictException("stock", "only " + available + " of " + description + " left, not " + quantity,
                            MessageKey.of("stock.onlyLeft", available, description, quantity));
        }
        List<Held> held = new ArrayList<>();
        int missing = quantity;
        Instant now = Instant.now();
        for (StockLevel level : levels) {
            int take = Math.min(missing, level.available());
            if (take > 0) {
                level.reserve(take);
                stock.record(new StockMovement(level, 0, take, reason, actor, now));
                held.add(new Held(level.locationId(), take));
                missing -= take;
            }
        }
        lowStock.check(variant);
        return held;
    }

    /** Paid: the held units leave stock (on hand and reserved both go down). */
    public void sell(long variantId, List<Held> held, String reason, String actor) {
        change(variantId, held, reason, actor, (level, q) -> {
            level.sellReserved(q);
            return new int[] {-q, -q};
        });
    }

    /** Not paid after all: the held units are free again. */
    public void release(long variantId, List<Held> held, String reason, String actor) {
        change(variantId, held, reason, actor, (level, q) -> {
            level.release(q);
            return new int[] {0, -q};
        });
    }

    /** Sold units come back to the shelf (a paid order cancelled before shipment, or a return). */
    public void restock(long variantId, List<Held> held, String reason, String actor) {
        change(variantId, held, reason, actor, (level, q) -> {
            level.adjust(q);
            return new int[] {q, 0};
        });
    }

    private interface LevelChange {
        /** Applies the change and returns the on-hand and reserved deltas. */
        int[] apply(StockLevel level, int quantity);
    }

    private void change(long variantId, List<Held> held, String reason, String actor, LevelChange change) {
        Instant now = Instant.now();
        for (Held h : held) {
            StockLevel level = stock.lockedLevel(variantId, h.locationId());
            if (level == null) {
                continue; // the variant was deleted since: there is no shelf to change
            }
            int[] deltas = change.apply(level, h.quantity());
            stock.record(new StockMovement(level, deltas[0], deltas[1], reason, actor, now));
        }
    }
}
