package dev.bazaar.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import dev.bazaar.kernel.SearchText;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stores and finds accounts. */
@Dependent
public class UserAccounts {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public boolean exists(EmailAddress email) {
        return !em.createQuery("select a.id from UserAccount a where a.email = :email", Long.class)
                .setParameter("email", email.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public Optional<UserAccount> find(EmailAddress email) {
        return em.createQuery("select a from UserAccount a where a.email = :email", UserAccount.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
    }

    /** Accounts whose e-mail or name contains {@code search} (all when null), newest first, a page at a time. */
    public Page<UserAccount> search(String search, PageRequest page) {
        String where = search == null ? "" : " where lower(a.email) like :text or lower(a.displayName) like :text";
        var items = em.createQuery("select a from UserAccount a" + where + " order by a.createdAt desc, a.id desc",
                UserAccount.class).setFirstResult(page.offset()).setMaxResults(page.size());
        var count = em.createQuery("select count(a) from UserAccount a" + where, Long.class);
        if (search != null) {
            String pattern = SearchText.containsPattern(search);
            items.setParameter("text", pattern);
            count.setParameter("text", pattern);
        }
        return new Page<>(items.getResultList(), page.page(), page.size(), count.getSingleResult());
    }

    /** Whether the account behind a caller name is active and holds the role now (container roles are cached). */
    public boolean holdsActiveRole(String email, Role role) {
        return email != null && !em.createQuery("select a.id from UserAccount a join a.roles r where a.email = :email"
                        + " and a.status = :active and r = :role", Long.class)
                .setParameter("email", email)
                .setParameter("active", AccountStatus.ACTIVE)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * Serialises login attempts for one address until the caller's transaction ends, so parallel
     * guesses are counted one after another by the throttle.
     */
    public void lockLoginAttempts(String normalizedEmail) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, normalizedEmail).getSingleResult();
    }

    /** Everyone who works for the shop, by name. */
    public List<UserAccount> ofVendor(long vendorId) {
        return em.createQuery("select a from UserAccount a where a.vendorId = :vendor order by a.displayName, a.id", UserAccount.class)
                .setParameter("vendor", vendorId)
                .getResultList();
    }

    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public UserAccount add(UserAccount account) {
        em.persist(account);
        em.flush(); // the unique index on e-mail speaks now, inside the caller's try, not at commit
        return account;
    }

    /** The vendor the active account works for, if it holds one of {@code roles} there. */
    public Optional<Long> activeVendorOf(String email, Set<Role> roles) {
        List<?> found = em.createNativeQuery("select u.vendor_id from app_user u join user_role r on r.user_id = u.id"
                        + " where u.email = :email and u.status = 'ACTIVE' and u.vendor_id is not null and r.role in (:roles)")
                .setParameter("email", email)
                .setParameter("roles", roles.stream().map(Role::name).toList())
                .getResultList();
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
