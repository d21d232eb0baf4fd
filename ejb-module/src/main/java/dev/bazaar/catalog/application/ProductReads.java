package dev.bazaar.catalog.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.catalog.domain.Product;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.SearchText;
import dev.bazaar.media.application.Pictures;
import dev.bazaar.vendor.application.ShopDirectory;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * The catalog's read side: products as views, with filtering, sorting and paging done by PostgreSQL
 * in one query each. Shops are joined by id in the query (their names and status), never loaded as
 * the vendor context's aggregate.
 */
@Dependent
public class ProductReads {

    private static final String VIEW = "select new dev.bazaar.catalog.application.ProductView("
            + "p.id, p.slug, p.name, p.description, p.brand, p.status, v.slug, v.name, c.slug, c.name, "
            + "p.price.amountMinor, p.price.currencyCode, p.updatedAt, "
            + "(select min(i.id) from StoredImage i where i.productId = p.id and i.position = 0)) ";
    private static final String FROM = "from Product p join Vendor v on v.id = p.vendorId left join p.category c ";
    private static final String TRADING = "dev.bazaar.vendor.domain.VendorStatus.APPROVED";

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    @Inject
    Pictures pictures;

    @Inject
    ShopDirectory shops;

    /** The whole product: variants with what can be sold now, and its gallery. */
    public ProductDetailView detail(Product product) {
        return ProductDetailView.of(product, shops.get(product.vendorId()), availableByVariant(product.id()),
                pictures.gallery(product.id()));
    }

    /** Units that can be sold now (on hand less reserved, over all locations and variants), by product, in one query. */
    public Map<Long, Long> availableByProduct(List<Long> productIds) {
        Map<Long, Long> available = new HashMap<>();
        if (productIds.isEmpty()) {
            return available;
        }
        List<?> rows = em.createNativeQuery("select pv.product_id, coalesce(sum(s.on_hand - s.reserved), 0) from product_variant pv"
                        + " left join stock_level s on s.variant_id = pv.id where pv.product_id in (?1) group by pv.product_id")
                .setParameter(1, productIds)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            available.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return available;
    }

    /** Units that can be sold now (on hand less reserved, over all locations), by variant. */
    private Map<Long, Long> availableByVariant(long productId) {
        Map<Long, Long> available = new HashMap<>();
        List<?> rows = em.createNativeQuery("select pv.id, coalesce(sum(s.on_hand - s.reserved), 0) from product_variant pv"
                        + " left join stock_level s on s.variant_id = pv.id where pv.product_id = ?1 group by pv.id")
                .setParameter(1, productId)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            available.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return available;
    }

    /** One product as a view; {@code shoppersOnly} hides products that are not active in an approved shop. */
    public Optional<ProductView> view(long id, boolean shoppersOnly) {
        TypedQuery<ProductView> query = em.createQuery(VIEW + FROM + "where p.id = :id"
                + (shoppersOnly ? " and v.status = " + TRADING + " and p.status = :active" : ""), ProductView.class)
                .setParameter("id", id);
        if (shoppersOnly) {
            query.setParameter("active", dev.bazaar.catalog.domain.ProductStatus.ACTIVE);
        }
        return query.getResultStream().findFirst();
    }

    /** The views of the given products, in the order of the ids (a search's ranking). */
    public List<ProductView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ProductView> byId = new HashMap<>();
        em.createQuery(VIEW + FROM + "where p.id in (:ids)", ProductView.class)
                .setParameter("ids", ids)
                .getResultStream().forEach(view -> byId.put(view.id(), view));
        return ids.stream().map(byId::get).filter(view -> view != null).toList();
    }

    /** Shops' slugs and names by id (for facets), and ids by slug. */
    public Map<Long, String[]> vendorNames(List<Long> ids) {
        Map<Long, String[]> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select v.id, v.slug, v.name from Vendor v where v.id in (:ids)", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream().forEach(row -> names.put((Long) row[0], new String[] {(String) row[1], (String) row[2]}));
        }
        return names;
    }

    public List<Long> vendorIds(List<String> slugs) {
        return slugs.isEmpty() ? List.of() : em.createQuery("select v.id from Vendor v where v.slug in (:slugs)", Long.class)
                .setParameter("slugs", slugs)
                .getResultList();
    }

    public Page<ProductView> list(ProductQuery query, PageRequest pageRequest) {
        String where = where(query);
        TypedQuery<ProductView> items = em.createQuery(VIEW + FROM + where + orderBy(query), ProductView.class)
                .setFirstResult(pageRequest.offset())
                .setMaxResults(pageRequest.size());
        // counting needs the shop only to filter by its name (an inner join would cost a pass over every row)
        TypedQuery<Long> count = em.createQuery("select count(p) from Product p "
                + (query.vendorContains() == null ? "" : "join Vendor v on v.id = p.vendorId ") + where, Long.class);
        bind(query, items);
        bind(query, count);
        List<ProductView> found = items.getResultList();
        return new Page<>(found, pageRequest.page(), pageRequest.size(), count.getSingleResult());
    }

    /** The ids of at most {@code limit} of the products the query selects, in its order (a bulk action on every match). */
    public List<Long> ids(ProductQuery query, int limit) {
        TypedQuery<Long> ids = em.createQuery("select p.id " + FROM + where(query) + orderBy(query), Long.class).setMaxResults(limit);
        bind(query, ids);
        return ids.getResultList();
    }

    private static String where(ProductQuery query) {
        StringBuilder where = new StringBuilder("where 1 = 1 ");
        if (query.vendorId() != null) {
            where.append("and p.vendorId = :vendorId ");
        }
        if (query.status() != null) {
            where.append("and p.status = :status ");
        }
        if (query.nameContains() != null) {
            where.append("and lower(p.name) like :name ");
        }
        if (query.vendorContains() != null) {
            where.append("and lower(v.name) like :vendor ");
        }
        return where.toString();
    }

    private static void bind(ProductQuery query, TypedQuery<?> jpql) {
        if (query.vendorId() != null) {
            jpql.setParameter("vendorId", query.vendorId());
        }
        if (query.status() != null) {
            jpql.setParameter("status", query.status());
        }
        if (query.nameContains() != null) {
            jpql.setParameter("name", SearchText.containsPattern(query.nameContains()));
        }
        if (query.vendorContains() != null) {
            jpql.setParameter("vendor", SearchText.containsPattern(query.vendorContains()));
        }
    }

    private static String orderBy(ProductQuery query) {
        String direction = query.descending() ? " desc" : " asc";
        String columns = switch (query.sortBy()) {
            case NAME -> "p.name" + direction;
            case VENDOR -> "v.name" + direction;
            // amounts compare only within a currency: group by currency, then order the amounts
            case PRICE -> "p.price.currencyCode" + direction + ", p.price.amountMinor" + direction;
            case UPDATED -> "p.updatedAt" + direction;
        };
        // the id keeps the order stable across pages when the sort column has ties
        return "order by " + columns + ", p.id" + direction;
    }
}
