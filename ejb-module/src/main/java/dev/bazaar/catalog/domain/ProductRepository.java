package dev.bazaar.catalog.domain;

import java.util.List;
import java.util.Optional;

import dev.bazaar.catalog.application.ProductQuery;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.SearchText;
import dev.bazaar.vendor.domain.VendorStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Loads products, and lists them as views with filtering, sorting and paging done by PostgreSQL. */
@Dependent
public class ProductRepository {

    private static final String VIEW = "select new dev.bazaar.catalog.application.ProductView("
            + "p.id, p.slug, p.name, p.description, v.slug, v.name, c.slug, c.name, "
            + "p.price.amountMinor, p.price.currencyCode, p.updatedAt) ";
    private static final String FROM = "from Product p join p.vendor v left join p.category c ";

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public Optional<Product> find(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    /** One product as a view; {@code tradingShopsOnly} hides products of shops that are not approved. */
    public Optional<ProductView> view(long id, boolean tradingShopsOnly) {
        TypedQuery<ProductView> query = em.createQuery(VIEW + FROM + "where p.id = :id"
                + (tradingShopsOnly ? " and v.status = :trading" : ""), ProductView.class)
                .setParameter("id", id);
        if (tradingShopsOnly) {
            query.setParameter("trading", VendorStatus.APPROVED);
        }
        return query.getResultStream().findFirst();
    }

    public Page<ProductView> list(ProductQuery query, PageRequest pageRequest) {
        String where = where(query);
        TypedQuery<ProductView> items = em.createQuery(VIEW + FROM + where + orderBy(query), ProductView.class)
                .setFirstResult(pageRequest.offset())
                .setMaxResults(pageRequest.size());
        TypedQuery<Long> count = em.createQuery("select count(p) " + FROM + where, Long.class);
        bind(query, items);
        bind(query, count);
        List<ProductView> found = items.getResultList();
        return new Page<>(found, pageRequest.page(), pageRequest.size(), count.getSingleResult());
    }

    private static String where(ProductQuery query) {
        StringBuilder where = new StringBuilder("where 1 = 1 ");
        if (query.tradingShopsOnly()) {
            where.append("and v.status = :trading ");
        }
        if (query.nameContains() != null) {
            where.append("and lower(p.name) like :name ");
        }
        if (query.vendorContains() != null) {
            where.append("and lower(v.name) like :vendor ");
        }
        if (query.vendorSlug() != null) {
            where.append("and v.slug = :vendorSlug ");
        }
        return where.toString();
    }

    private static void bind(ProductQuery query, TypedQuery<?> jpql) {
        if (query.tradingShopsOnly()) {
            jpql.setParameter("trading", VendorStatus.APPROVED);
        }
        if (query.nameContains() != null) {
            jpql.setParameter("name", SearchText.containsPattern(query.nameContains()));
        }
        if (query.vendorContains() != null) {
            jpql.setParameter("vendor", SearchText.containsPattern(query.vendorContains()));
        }
        if (query.vendorSlug() != null) {
            jpql.setParameter("vendorSlug", query.vendorSlug());
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
