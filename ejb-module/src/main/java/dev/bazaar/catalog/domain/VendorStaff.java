package dev.bazaar.catalog.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Answers whether an account (by its e-mail, the caller's name) works for a vendor. */
@Dependent
public class VendorStaff {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public boolean worksFor(String accountEmail, long vendorId) {
        return !em.createNativeQuery("select 1 from app_user where email = ?1 and vendor_id = ?2 and status = 'ACTIVE'")
                .setParameter(1, accountEmail)
                .setParameter(2, vendorId)
                .getResultList()
                .isEmpty();
    }
}
