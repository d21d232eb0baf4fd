package dev.bazaar.payment.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Stores the shops' Stripe accounts. */
@Dependent
public class ConnectedAccounts {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public Optional<ConnectedAccount> ofShop(long vendorId) {
        return Optional.ofNullable(em.find(ConnectedAccount.class, vendorId));
    }

    /** The account Stripe names, locked for the update Stripe reports. */
    public Optional<ConnectedAccount> ofStripeForUpdate(String stripeAccountId) {
        return em.createQuery("select a from ConnectedAccount a where a.stripeAccountId = :id", ConnectedAccount.class)
                .setParameter("id", stripeAccountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Records the shop's account once; when another request recorded one first, that one is kept and returned. */
    public ConnectedAccount add(ConnectedAccount account) {
        ConnectedAccount.State s = account.state();
        em.createNativeQuery("insert into connected_account (vendor_id, stripe_account_id, details_submitted, charges_enabled,"
                        + " payouts_enabled, requirements_due, disabled_reason, created_at, updated_at)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) on conflict (vendor_id) do nothing")
                .setParameter(1, account.vendorId()).setParameter(2, account.stripeAccountId())
                .setParameter(3, s.detailsSubmitted()).setParameter(4, s.chargesEnabled()).setParameter(5, s.payoutsEnabled())
                .setParameter(6, s.requirementsDue()).setParameter(7, s.disabledReason()).setParameter(8, account.updatedAt())
                .executeUpdate();
        return em.find(ConnectedAccount.class, account.vendorId());
    }

    /** Every shop's account, the most recently changed first. */
    public List<ConnectedAccount> all() {
        return em.createQuery("select a from ConnectedAccount a order by a.updatedAt desc, a.vendorId", ConnectedAccount.class)
                .getResultList();
    }
}
