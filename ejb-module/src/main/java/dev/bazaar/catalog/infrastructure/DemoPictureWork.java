package dev.bazaar.catalog.infrastructure;

import java.util.List;

import dev.bazaar.media.application.Pictures;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * One look at a time, in a transaction of its own: draws the picture, stores it in the first product's
 * gallery through {@link Pictures} (the code path of a shop's upload: checked, re-encoded, kept as a
 * large and a thumbnail rendition), shows it on the look's other products, and settles their rows.
 */
@Stateless
public class DemoPictureWork {

    /** What to draw for some products: one drawing per look. */
    public record Look(String look, String kind, String colour) {
    }

    static final String BY = "demo-pictures";
    private static final int CHUNK = 1000;

    @PersistenceContext(unitName = "bazaar")
    EntityManager em;

    @Inject
    Pictures pictures;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Look> wanted(int max) {
        List<?> rows = em.createNativeQuery("select look, min(kind), min(colour) from picture_wanted group by look order by look limit :max")
                .setParameter("max", max)
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Look((String) r[0], (String) r[1], (String) r[2]);
        }).toList();
    }

    /**
     * Pictures every product of the look that has no picture yet; returns how many got one. The look's
     * rows are locked first, skipping any another server (or round) holds, so a look is drawn once.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int picture(Look look) {
        List<Long> claimed = em.createNativeQuery("select product_id from picture_wanted where look = :look"
                        + " order by product_id for update skip locked", Long.class)
                .setParameter("look", look.look())
                .getResultList();
        if (claimed.isEmpty()) {
            return 0;
        }
        int pictured = 0;
        Long drawn = null;
        for (int from = 0; from < claimed.size(); from += CHUNK) {
            List<Long> chunk = claimed.subList(from, Math.min(claimed.size(), from + CHUNK));
            List<?> rows = em.createNativeQuery("select p.id, p.vendor_id, p.name from product p where p.id in (:products)"
                            + " and not exists (select 1 from image i where i.product_id = p.id) order by p.id")
                    .setParameter("products", chunk)
                    .getResultList();
            List<Long> unpictured = rows.stream().map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
            if (!unpictured.isEmpty() && drawn == null) {
                Object[] first = (Object[]) rows.get(0);
                byte[] drawing = ProductIllustration.png(look.kind(), look.colour(), look.look().hashCode());
                drawn = pictures.addToGallery(((Number) first[1]).longValue(), unpictured.get(0), 1, drawing,
                        look.kind() + ".png", (String) first[2], BY).id();
                pictured++;
                unpictured = unpictured.subList(1, unpictured.size());
            }
            pictured += drawn == null ? 0 : pictures.shareWithProducts(drawn, unpictured);
            em.createNativeQuery("delete from picture_wanted where product_id in (:products)").setParameter("products", chunk)
                    .executeUpdate();
        }
        return pictured;
    }
}
