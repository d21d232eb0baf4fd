package dev.bazaar.identity.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Address books. Every lookup names the owner: no one reaches another person's addresses. */
@Dependent
public class Addresses {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public List<Address> of(long ownerId) {
        return em.createQuery("select a from Address a where a.ownerId = :owner order by a.id", Address.class)
                .setParameter("owner", ownerId)
                .getResultList();
    }

    public Optional<Address> find(long ownerId, long addressId) {
        return em.createQuery("select a from Address a where a.id = :id and a.ownerId = :owner", Address.class)
                .setParameter("id", addressId)
                .setParameter("owner", ownerId)
                .getResultStream()
                .findFirst();
    }

    public boolean isEmpty(long ownerId) {
        return em.createQuery("select count(a) from Address a where a.ownerId = :owner", Long.class)
                .setParameter("owner", ownerId)
                .getSingleResult() == 0;
    }

    public void add(Address address) {
        em.persist(address);
        em.flush();
    }

    public void remove(Address address) {
        em.remove(address);
    }

    /** Clears the owner's current defaults before another address takes them over. */
    public void clearDefaults(long ownerId, boolean shipping, boolean billing) {
        if (shipping) {
            em.createQuery("update Address a set a.defaultShipping = false where a.ownerId = :owner and a.defaultShipping = true")
                    .setParameter("owner", ownerId).executeUpdate();
        }
        if (billing) {
            em.createQuery("update Address a set a.defaultBilling = false where a.ownerId = :owner and a.defaultBilling = true")
                    .setParameter("owner", ownerId).executeUpdate();
        }
    }
}
