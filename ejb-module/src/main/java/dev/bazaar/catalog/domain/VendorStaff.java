package dev.bazaar.catalog.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the catalog needs to know about the caller's account, read live (container roles are cached
 * with the session): is it an active platform admin, or does it work for a vendor.
 */
@Dependent
public class VendorStaff {

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
}
