package dev.bazaar.catalog.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.catalog.application.ProductDetailView;
import dev.bazaar.catalog.application.ProductQuery;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.SearchText;
import dev.bazaar.media.application.ImageView;
import dev.bazaar.media.domain.Images;
import dev.bazaar.vendor.domain.VendorStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Stores and loads products, and lists them as views with filtering, sorting and paging done by PostgreSQL. */
@Dependent
public class ProductRepository {

    private static final String VIEW = "select new dev.bazaar.catalog.application.ProductView("
            + "p.id, p.slug, p.name, p.description, p.brand, p.status, v.slug, v.name, c.slug, c.name, "
            + "p.price.amountMinor, p.price.currencyCode, p.updatedAt, "
            + "(select min(i.id) from StoredImage i where i.productId = p.id and i.position = 0)) ";
    private static final String FROM = "from Product p join p.vendor v left join p.category c ";

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    @Inject
    Images images;

    public Product add(Product product) {
        em.persist(product);
        em.flush();
        return product;
    }

    public Optional<Product> find(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    public Optional<Product> findBySlug(String slug) {
        return em.createQuery("select p from Product p where p.slug = :slug", Product.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** Makes pending changes hit the database now, so constraint violations surface in the caller's try. */
    public void flush() {
        em.flush();
    }

    public boolean slugTaken(String slug, Long exceptProductId) {
        return em.createQuery("select p.id from Product p where p.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getResultStream().anyMatch(id -> !id.equals(exceptProductId));
    }

    public boolean skuTaken(long vendorId, String sku, Long exceptVariantId) {
        return em.createQuery("select pv.id from ProductVariant pv where pv.vendorId = :vendor and pv.sku = :sku", Long.class)
                .setParameter("vendor", vendorId)
                .setParameter("sku", sku)
                .getResultStream().anyMatch(id -> !id.equals(exceptVariantId));
    }

    public Optional<Category> categoryBySlug(String slug) {
        return em.createQuery("select c from Category c where c.slug = :slug", Category.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Optional<Category> category(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    public void addCategory(Category category) {
        em.persist(category);
        em.flush();
    }

    public List<Category> categories() {
        return em.createQuery("select c from Category c order by c.position, c.name", Category.class).getResultList();
    }

    /** The whole product: variants with what can be sold now, and its gallery. */
    public ProductDetailView detail(Product product) {
        return ProductDetailView.of(product, availableByVariant(product.id()),
                images.ofProduct(product.id()).stream().map(ImageView::of).toList());
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
                + (shoppersOnly ? " and v.status = :trading and p.status = :active" : ""), ProductView.class)
                .setParameter("id", id);
        if (shoppersOnly) {
            query.setParameter("trading", VendorStatus.APPROVED).setParameter("active", ProductStatus.ACTIVE);
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
                + (query.vendorContains() == null ? "" : "join p.vendor v ") + where, Long.class);
        bind(query, items);
        bind(query, count);
        List<ProductView> found = items.getResultList();
        return new Page<>(found, pageRequest.page(), pageRequest.size(), count.getSingleResult());
    }

    private static String where(ProductQuery query) {
        StringBuilder where = new StringBuilder("where 1 = 1 ");
        if (query.vendorId() != null) {
            where.append("and p.vendor.id = :vendorId ");
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
