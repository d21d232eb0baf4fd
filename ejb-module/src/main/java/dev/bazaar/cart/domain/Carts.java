package dev.bazaar.cart.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Stores and finds carts: a guest's by token hash, a customer's by account, each locked while it changes. */
@Dependent
public class Carts {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public Optional<Cart> ofGuest(String tokenHash) {
        return em.createQuery("select c from Cart c where c.tokenHash = :hash", Cart.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<Cart> ofCustomer(long customerId) {
        return em.createQuery("select c from Cart c where c.customerId = :customer", Cart.class)
                .setParameter("customer", customerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Units in the customer's cart (or the guest's, by token hash), read without locking. */
    public int units(Long customerId, String tokenHash) {
        Object sum = em.createNativeQuery("select coalesce(sum(l.quantity), 0) from cart_line l join cart c on c.id = l.cart_id"
                        + " where c.customer_id = :customer or c.token_hash = :hash")
                .setParameter("customer", customerId == null ? -1L : customerId)
                .setParameter("hash", tokenHash == null ? "" : tokenHash)
                .getSingleResult();
        return ((Number) sum).intValue();
    }

    /** The customer's cart, made empty on first use (a concurrent first use finds the other's row). */
    public Cart ofCustomerCreated(long customerId, Instant now) {
        em.createNativeQuery("insert into cart (customer_id, created_at, updated_at) values (:customer, :now, :now)"
                        + " on conflict (customer_id) do nothing")
                .setParameter("customer", customerId)
                .setParameter("now", now)
                .executeUpdate();
        return ofCustomer(customerId).orElseThrow();
    }

    public Cart add(Cart cart) {
        em.persist(cart);
        em.flush();
        return cart;
    }

    public void remove(Cart cart) {
        em.remove(cart);
    }

    /** Writes pending changes now, so new lines get their ids. */
    public void flush() {
        em.flush();
    }
}
