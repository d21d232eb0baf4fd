package dev.bazaar.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stores and loads products and categories (the catalog's aggregates); lists and views are read by {@code ProductReads}. */
@Dependent
public class ProductRepository {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public Product add(Product product) {
        em.persist(product);
        em.flush();
        return product;
    }

    public Optional<Product> find(long id) {
        return Optional.ofNullable(em.find(Product.class, id));
    }

    /** The products with these ids (those that exist), in one query, for a bulk action. */
    public List<Product> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select p from Product p where p.id in (:ids)", Product.class)
                .setParameter("ids", ids)
                .getResultList();
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
}
