package dev.bazaar.inventory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Stores and finds stock locations, levels and movements. */
@Dependent
public class Stock {

    /** What the inventory needs to know about a variant from the catalog. */
    public record VariantFacts(long variantId, long vendorId, String sku, int lowStockThreshold) {
    }

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public Optional<VariantFacts> variant(long variantId) {
        List<?> rows = em.createNativeQuery("select id, vendor_id, sku, low_stock_threshold from product_variant where id = ?1")
                .setParameter(1, variantId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new VariantFacts(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue(),
                    (String) columns[2], ((Number) columns[3]).intValue());
        });
    }

    public StockLocation add(StockLocation location) {
        em.persist(location);
        em.flush();
        return location;
    }

    public Optional<StockLocation> location(long id) {
        return Optional.ofNullable(em.find(StockLocation.class, id));
    }

    public List<StockLocation> locationsOf(long vendorId) {
        return em.createQuery("select l from StockLocation l where l.vendorId = :vendor order by l.name", StockLocation.class)
                .setParameter("vendor", vendorId)
                .getResultList();
    }

    public boolean locationNameTaken(long vendorId, String name) {
        return !em.createQuery("select l.id from StockLocation l where l.vendorId = :vendor and lower(l.name) = lower(:name)", Long.class)
                .setParameter("vendor", vendorId)
                .setParameter("name", name)
                .getResultList().isEmpty();
    }

    /** The level, locked until the transaction ends (created at zero if the variant was never stocked here). */
    public StockLevel levelForUpdate(long variantId, long locationId) {
        // insert-if-missing first, so two first deliveries at once cannot both create the row
        em.createNativeQuery("insert into stock_level (variant_id, location_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, variantId)
                .setParameter(2, locationId)
                .executeUpdate();
        return em.find(StockLevel.class, new StockLevel.Key(variantId, locationId), LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The variant's levels at its shop's own locations, locked until the transaction ends, in location
     * order (every caller locks in the same order, so two checkouts never wait on each other in a circle).
     */
    @SuppressWarnings("unchecked")
    public List<StockLevel> shopLevelsForUpdate(long variantId, long vendorId) {
        return em.createNativeQuery("select s.* from stock_level s where s.variant_id = :variant and s.location_id in"
                        + " (select l.id from stock_location l where l.vendor_id = :vendor) order by s.location_id for update",
                        StockLevel.class)
                .setParameter("variant", variantId)
                .setParameter("vendor", vendorId)
                .getResultList();
    }

    /** One level, locked until the transaction ends (it must exist: it holds units an order took). */
    public StockLevel lockedLevel(long variantId, long locationId) {
        return em.find(StockLevel.class, new StockLevel.Key(variantId, locationId), LockModeType.PESSIMISTIC_WRITE);
    }

    public List<StockLevel> levelsOf(long variantId) {
        return em.createQuery("select s from StockLevel s where s.key.variantId = :variant order by s.key.locationId", StockLevel.class)
                .setParameter("variant", variantId)
                .getResultList();
    }

    /** The levels of these variants at the vendor's own locations, in one query. */
    public List<StockLevel> levelsOf(long vendorId, Collection<Long> variantIds) {
        if (variantIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from StockLevel s, StockLocation l where l.id = s.key.locationId"
                        + " and l.vendorId = :vendor and s.key.variantId in (:variants)", StockLevel.class)
                .setParameter("vendor", vendorId)
                .setParameter("variants", variantIds)
                .getResultList();
    }

    public void record(StockMovement movement) {
        em.persist(movement);
    }

    public List<StockMovement> movementsOf(long variantId, int limit) {
        return em.createQuery("select m from StockMovement m where m.variantId = :variant order by m.occurredAt desc, m.id desc",
                        StockMovement.class)
                .setParameter("variant", variantId)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Records whether the variant is now at or below its threshold; true when that is news (it was
     * above before, or had no state), so the low-stock event goes out once per crossing.
     */
    public boolean crossedBelow(long variantId, boolean below) {
        List<?> before = em.createNativeQuery("select below from low_stock_state where variant_id = ?1 for update")
                .setParameter(1, variantId)
                .getResultList();
        em.createNativeQuery("insert into low_stock_state (variant_id, below) values (?1, ?2)"
                        + " on conflict (variant_id) do update set below = excluded.below")
                .setParameter(1, variantId)
                .setParameter(2, below)
                .executeUpdate();
        boolean wasBelow = !before.isEmpty() && Boolean.TRUE.equals(before.get(0));
        return below && !wasBelow;
    }
}
