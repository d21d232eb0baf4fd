package dev.bazaar.cart.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bazaar.kernel.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the catalog and the stock say now about variants a shopper wants: description, price, shop,
 * whether it is on sale (an active product of an approved shop) and how many units are available
 * (on hand less reserved, over the shop's locations). One query for a whole cart.
 */
@Dependent
public class Offers {

    public record Offer(long variantId, long productId, String productName, String productSlug, String variantTitle,
                        String sku, Money price, long vendorId, String vendorName, String vendorSlug, boolean onSale,
                        int available, Long imageId) {
    }

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public Map<Long, Offer> of(Collection<Long> variantIds) {
        if (variantIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("""
                        select v.id, v.product_id, p.name, p.slug, v.title, v.sku, v.price_amount, v.price_currency,
                               v.vendor_id, s.name as vendor_name, s.slug as vendor_slug,
                               (p.status = 'ACTIVE' and s.status = 'APPROVED') as on_sale,
                               coalesce((select sum(l.on_hand - l.reserved) from stock_level l
                                         join stock_location sl on sl.id = l.location_id
                                         where l.variant_id = v.id and sl.vendor_id = v.vendor_id), 0) as available,
                               (select i.id from image i where i.product_id = p.id order by i.position, i.id limit 1) as image_id
                        from product_variant v
                        join product p on p.id = v.product_id
                        join vendor s on s.id = v.vendor_id
                        where v.id in (:ids)""")
                .setParameter("ids", variantIds)
                .getResultList();
        Map<Long, Offer> offers = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            long id = ((Number) c[0]).longValue();
            offers.put(id, new Offer(id, ((Number) c[1]).longValue(), (String) c[2], (String) c[3], (String) c[4],
                    (String) c[5], Money.ofMinor(((Number) c[6]).longValue(), ((String) c[7]).trim()),
                    ((Number) c[8]).longValue(), (String) c[9], (String) c[10], Boolean.TRUE.equals(c[11]),
                    (int) Math.min(Integer.MAX_VALUE, ((Number) c[12]).longValue()), c[13] == null ? null : ((Number) c[13]).longValue()));
        }
        return offers;
    }
}
