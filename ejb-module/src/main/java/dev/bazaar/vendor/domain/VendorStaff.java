package dev.bazaar.vendor.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the services need to know about the caller's account, read live (container roles are cached
 * with the session and the access token): is it an active platform admin, which vendor does it work
 * for and in which role.
 */
@Dependent
public class VendorStaff {

    /** Everyone who works in a shop. */
    public static final Set<String> MEMBERS = Set.of("VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF");

    /** Those who run a shop: they change its products and locations. */
    public static final Set<String> MANAGERS = Set.of("VENDOR_OWNER", "VENDOR_MANAGER");

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public boolean isActivePlatformAdmin(String accountEmail) {
        return !em.createNativeQuery("select 1 from app_user u join user_role r on r.user_id = u.id"
                        + " where u.email = ?1 and u.status = 'ACTIVE' and r.role = 'PLATFORM_ADMIN'")
                .setParameter(1, accountEmail)
                .getResultList()
                .isEmpty();
    }

    public boolean worksFor(String accountEmail, long vendorId) {
        return !em.createNativeQuery("select 1 from app_user where email = ?1 and vendor_id = ?2 and status = 'ACTIVE'")
                .setParameter(1, accountEmail)
                .setParameter(2, vendorId)
                .getResultList()
                .isEmpty();
    }

    /**
     * The vendor the active account works for, if it holds one of {@code roles} there. Every
     * vendor-scoped service asks this, so a vendor's staff only ever reach their own shop's rows.
     */
    public Optional<Long> vendorOf(String accountEmail, Set<String> roles) {
        List<?> found = em.createNativeQuery("select u.vendor_id from app_user u join user_role r on r.user_id = u.id"
                        + " where u.email = :email and u.status = 'ACTIVE' and u.vendor_id is not null and r.role in (:roles)")
                .setParameter("email", accountEmail)
                .setParameter("roles", List.copyOf(roles))
                .getResultList();
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
