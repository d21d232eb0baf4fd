package dev.bazaar.vendor.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Stores invitations and finds them by the token a person brings back. */
@Dependent
public class ShopInvitations {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public ShopInvitation add(ShopInvitation invitation) {
        em.persist(invitation);
        em.flush();
        return invitation;
    }

    public Optional<ShopInvitation> find(long id) {
        return Optional.ofNullable(em.find(ShopInvitation.class, id));
    }

    /** Locked until the transaction ends, so one token is accepted once even when clicked twice at once. */
    public Optional<ShopInvitation> byTokenHashForUpdate(String tokenHash) {
        return em.createQuery("select i from ShopInvitation i where i.tokenHash = :hash", ShopInvitation.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Not yet accepted or revoked (expired ones included: they still hold the address's place). */
    public List<ShopInvitation> unanswered(long vendorId) {
        return em.createQuery("select i from ShopInvitation i where i.vendorId = :vendor and i.acceptedAt is null"
                        + " and i.revokedAt is null order by i.createdAt desc", ShopInvitation.class)
                .setParameter("vendor", vendorId)
                .getResultList();
    }

    public Optional<ShopInvitation> unansweredFor(long vendorId, String email) {
        return unanswered(vendorId).stream()
                .filter(i -> i.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public void flush() {
        em.flush();
    }
}
