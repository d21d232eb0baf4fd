package dev.bazaar.vendor.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads and writes the platform settings that concern vendors (table platform_setting). */
@Dependent
public class PlatformSettings {

    static final String DEFAULT_COMMISSION = "vendor.default-commission-bps";

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public CommissionRate defaultCommission() {
        Object value = em.createNativeQuery("select value from platform_setting where name = ?1")
                .setParameter(1, DEFAULT_COMMISSION)
                .getSingleResult();
        return new CommissionRate(Integer.parseInt(value.toString()));
    }

    public void changeDefaultCommission(CommissionRate rate) {
        em.createNativeQuery("insert into platform_setting (name, value) values (?1, ?2)"
                        + " on conflict (name) do update set value = excluded.value")
                .setParameter(1, DEFAULT_COMMISSION)
                .setParameter(2, String.valueOf(rate.basisPoints()))
                .executeUpdate();
    }
}
