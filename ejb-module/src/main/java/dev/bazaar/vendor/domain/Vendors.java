package dev.bazaar.vendor.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.SearchText;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Stores and finds vendors. */
@Dependent
public class Vendors {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public Vendor add(Vendor vendor) {
        em.persist(vendor);
        em.flush();
        return vendor;
    }

    /** Writes pending changes now (before a row they no longer point at is deleted). */
    public void flush() {
        em.flush();
    }

    public Optional<Vendor> find(long id) {
        return Optional.ofNullable(em.find(Vendor.class, id));
    }

    /** The vendor, locked against a concurrent decision on it until the transaction ends. */
    /** The shops with these ids, in one query. */
    public List<Vendor> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from Vendor v where v.id in :ids", Vendor.class).setParameter("ids", ids).getResultList();
    }

    public Optional<Vendor> findForDecision(long id) {
        return Optional.ofNullable(em.find(Vendor.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Vendor> findBySlug(String slug) {
        return em.createQuery("select v from Vendor v where v.slug = :slug", Vendor.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public boolean slugTaken(String slug) {
        return findBySlug(slug).isPresent();
    }

    /** The applicant's pending, approved or suspended shop (a rejected one does not count). */
    public Optional<Vendor> liveShopOf(long applicantId) {
        return em.createQuery("select v from Vendor v where v.applicantId = :applicant and v.status <> :rejected"
                        + " order by v.id desc", Vendor.class)
                .setParameter("applicant", applicantId)
                .setParameter("rejected", VendorStatus.REJECTED)
                .getResultStream()
                .findFirst();
    }

    /** The applicant's newest application of any status. */
    public Optional<Vendor> latestApplicationOf(long applicantId) {
        return em.createQuery("select v from Vendor v where v.applicantId = :applicant order by v.id desc", Vendor.class)
                .setParameter("applicant", applicantId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Vendors of one status (or all), filtered by name or slug; oldest application first, as a queue. */
    public Page<Vendor> list(VendorStatus status, String search, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (status != null) {
            where.append(" and v.status = :status");
        }
        if (search != null) {
            where.append(" and (lower(v.name) like :search or v.slug like :search)");
        }
        TypedQuery<Vendor> items = em.createQuery("select v from Vendor v" + where + " order by v.createdAt, v.id", Vendor.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        TypedQuery<Long> count = em.createQuery("select count(v) from Vendor v" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            if (status != null) {
                query.setParameter("status", status);
            }
            if (search != null) {
                query.setParameter("search", SearchText.containsPattern(search));
            }
        }
        return new Page<>(items.getResultList(), page.page(), page.size(), count.getSingleResult());
    }
}
