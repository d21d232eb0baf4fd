package dev.bazaar.inventory.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.bazaar.inventory.domain.Stock;
import dev.bazaar.inventory.domain.StockLevel;
import dev.bazaar.inventory.domain.StockLocation;
import dev.bazaar.inventory.domain.StockMovement;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Role;
import dev.bazaar.kernel.UniqueViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * A vendor's staff keep their own shop's stock: locations, deliveries and corrections. Every change
 * locks the level, checks the arithmetic, writes a movement with who and why, and, when the
 * variant's available stock falls to its low-stock threshold, publishes {@code inventory.low-stock}
 * once for that crossing, all in one transaction. Another shop's variants and locations do not exist
 * for the caller (404).
 */
@Stateless
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class StockKeeping {

    @Inject
    Stock stock;

    @Inject
    CallerScope callers;

    @Inject
    LowStockWatch lowStock;

    public List<StockLocationView> locations() {
        long vendorId = callerVendor(Role.SHOP_MEMBERS);
        return stock.locationsOf(vendorId).stream().map(StockLocationView::of).toList();
    }

    public StockLocationView addLocation(String name, String line1, String city, String postalCode, String country) {
        long vendorId = callerVendor(Role.SHOP_MANAGERS);
        StockLocation location = new StockLocation(vendorId, name, line1, city, postalCode, country, Instant.now());
        if (stock.locationNameTaken(vendorId, location.name())) {
            throw new ConflictException("name", "is already one of your stock locations");
        }
        try {
            return StockLocationView.of(stock.add(location));
        } catch (PersistenceException e) {
            // a concurrent request added the same name after the check
            UniqueViolation.in(e).orElseThrow(() -> e);
            throw new ConflictException("name", "is already one of your stock locations");
        }
    }

    /** Counts units in (+) or out (−) at a location, with the reason written on the movement. */
    public StockLevelView adjust(long variantId, long locationId, int delta, String reason) {
        if (delta == 0) {
            throw new InvalidInputException("delta", "must not be zero");
        }
        return change(variantId, locationId, reason, level -> level.adjust(delta));
    }

    /** Sets what a count found; the movement records the difference. */
    public StockLevelView setOnHand(long variantId, long locationId, int counted, String reason) {
        return change(variantId, locationId, reason, level -> level.count(counted));
    }

    public List<StockLevelView> levels(long variantId) {
        long vendorId = callerVendor(Role.SHOP_MEMBERS);
        ownVariant(variantId, vendorId);
        return stock.levelsOf(variantId).stream().map(StockLevelView::of).toList();
    }

    /** Several variants' levels at once (a product page's stock table); only the caller's shop's. */
    public List<StockLevelView> levels(Collection<Long> variantIds) {
        long vendorId = callerVendor(Role.SHOP_MEMBERS);
        return stock.levelsOf(vendorId, variantIds).stream().map(StockLevelView::of).toList();
    }

    private interface Change {
        int apply(StockLevel level);
    }

    private StockLevelView change(long variantId, long locationId, String reason, Change change) {
        long vendorId = callerVendor(Role.SHOP_MEMBERS);
        Stock.VariantFacts variant = ownVariant(variantId, vendorId);
        stock.location(locationId).filter(l -> l.vendorId() == vendorId)
                .orElseThrow(() -> new NotFoundException("No stock location " + locationId + " in your shop"));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null || why.length() > 200) {
            throw new InvalidInputException("reason", why == null ? "is required: say why the stock changes" : "must be at most 200 characters");
        }
        StockLevel level = stock.levelForUpdate(variantId, locationId);
        int delta = change.apply(level);
        if (delta != 0) {
            stock.record(new StockMovement(level, delta, 0, why, callers.email(), Instant.now()));
        }
        lowStock.check(variant);
        return StockLevelView.of(level);
    }

    private Stock.VariantFacts ownVariant(long variantId, long vendorId) {
        return stock.variant(variantId).filter(v -> v.vendorId() == vendorId)
                .orElseThrow(() -> new NotFoundException("No variant " + variantId + " in your shop"));
    }

    private long callerVendor(Set<Role> roles) {
        return callers.shop(roles, "Your account does not manage a shop's stock");
    }

    }
