package dev.bazaar.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Stores refresh tokens and revokes families of them. */
@Dependent
public class RefreshTokens {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public void add(RefreshToken token) {
        em.persist(token);
    }

    /**
     * The token with this hash, locked for the rest of the transaction: two requests racing with one
     * token are served one after the other, and the second sees it used.
     */
    public Optional<RefreshToken> findForUpdate(String tokenHash) {
        return em.createQuery("select t from RefreshToken t where t.tokenHash = :hash", RefreshToken.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Ends every session of an account (after a password change, say). */
    public int revokeAllOf(long userId, Instant now) {
        return em.createQuery("update RefreshToken t set t.revokedAt = :now where t.userId = :user and t.revokedAt is null")
                .setParameter("now", now)
                .setParameter("user", userId)
                .executeUpdate();
    }

    public int revokeFamily(UUID familyId, Instant now) {
        return em.createQuery("update RefreshToken t set t.revokedAt = :now where t.familyId = :family and t.revokedAt is null")
                .setParameter("now", now)
                .setParameter("family", familyId)
                .executeUpdate();
    }
}
