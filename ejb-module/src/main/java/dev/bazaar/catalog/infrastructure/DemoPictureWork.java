package dev.bazaar.catalog.infrastructure;

import java.util.List;

import dev.bazaar.media.application.ImageView;
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

    /** Pictures every product of the look that has no picture yet; returns how many got one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int picture(Look look) {
        List<?> rows = em.createNativeQuery("select p.id, p.vendor_id, p.name from picture_wanted w join product p on p.id = w.product_id"
                        + " where w.look = :look and not exists (select 1 from image i where i.product_id = p.id) order by p.id")
                .setParameter("look", look.look())
                .getResultList();
        int pictured = 0;
        if (!rows.isEmpty()) {
            Object[] first = (Object[]) rows.get(0);
            long productId = ((Number) first[0]).longValue();
            byte[] drawing = ProductIllustration.png(look.kind(), look.colour(), look.look().hashCode());
            ImageView stored = pictures.addToGallery(((Number) first[1]).longValue(), productId, 1, drawing,
                    look.kind() + ".png", (String) first[2], BY);
            List<Long> others = rows.stream().skip(1).map(row -> ((Number) ((Object[]) row)[0]).longValue()).toList();
            pictured = 1;
            for (int from = 0; from < others.size(); from += 1000) {
                pictured += pictures.shareWithProducts(stored.id(), others.subList(from, Math.min(others.size(), from + 1000)));
            }
        }
        em.createNativeQuery("delete from picture_wanted where look = :look").setParameter("look", look.look()).executeUpdate();
        return pictured;
    }
}
