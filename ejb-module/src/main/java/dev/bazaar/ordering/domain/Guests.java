package dev.bazaar.ordering.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Guest identities (one per e-mail address) and the links that open a guest's order: a link's token
 * is stored only as its SHA-256, and works until it expires. When an account verifies the address,
 * the guest's orders, coupon uses and Idempotency-Keys become the account's.
 */
@Dependent
public class Guests {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    /** The guest identity of this (lower-case) address, made on first use; a concurrent first use finds the other's row. */
    public long identityOf(String email, Instant now) {
        em.createNativeQuery("insert into guest_buyer (email, created_at) values (:email, :now) on conflict (email) do nothing")
                .setParameter("email", email)
                .setParameter("now", now)
                .executeUpdate();
        return ((Number) em.createNativeQuery("select id from guest_buyer where email = :email")
                .setParameter("email", email)
                .getSingleResult()).longValue();
    }

    public void issueLink(long orderGroupId, String tokenHash, Instant issuedAt, Instant expiresAt) {
        em.createNativeQuery("insert into guest_order_link (order_group_id, token_hash, issued_at, expires_at)"
                        + " values (:group, :hash, :issued, :expires)")
                .setParameter("group", orderGroupId)
                .setParameter("hash", tokenHash)
                .setParameter("issued", issuedAt)
                .setParameter("expires", expiresAt)
                .executeUpdate();
    }

    /** The order group a link opens, while it has not expired. */
    public Optional<Long> groupOfLink(String tokenHash, Instant now) {
        return em.createNativeQuery("select order_group_id from guest_order_link where token_hash = :hash and expires_at > :now")
                .setParameter("hash", tokenHash)
                .setParameter("now", now)
                .getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The guest's orders (and coupon uses, and Idempotency-Keys) of this address become the customer's; returns how many orders. */
    public int handOverTo(long customerId, String email) {
        String guest = "(select id from guest_buyer where email = :email)";
        int orders = em.createNativeQuery("update order_group set customer_id = :customer, guest_id = null where guest_id = " + guest)
                .setParameter("customer", customerId).setParameter("email", email).executeUpdate();
        em.createNativeQuery("update coupon_use set customer_id = :customer, guest_id = null where guest_id = " + guest)
                .setParameter("customer", customerId).setParameter("email", email).executeUpdate();
        // a key both used would collide: the guest's copy goes, the customer's stays
        em.createNativeQuery("delete from checkout_request g where g.guest_id = " + guest + " and exists (select 1 from checkout_request c"
                        + " where c.customer_id = :customer and c.idempotency_key = g.idempotency_key)")
                .setParameter("customer", customerId).setParameter("email", email).executeUpdate();
        em.createNativeQuery("update checkout_request set customer_id = :customer, guest_id = null where guest_id = " + guest)
                .setParameter("customer", customerId).setParameter("email", email).executeUpdate();
        return orders;
    }
}
