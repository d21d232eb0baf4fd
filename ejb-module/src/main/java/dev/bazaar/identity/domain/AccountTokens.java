package dev.bazaar.identity.domain;

import java.time.Instant;
import java.util.Optional;

import dev.bazaar.kernel.SecretTokens;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Stores tokens sent by mail and finds them by the token a person brings back. */
@Dependent
public class AccountTokens {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    /** Issues a token for the account and returns it in clear: the only time it exists in clear. */
    public String issue(long userId, TokenPurpose purpose, Instant now) {
        String token = SecretTokens.newToken();
        em.persist(new AccountToken(userId, purpose, SecretTokens.hash(token), now));
        return token;
    }

    /** The stored token matching {@code token}, locked: two uses racing are served one after the other. */
    public Optional<AccountToken> findForUpdate(String token) {
        return em.createQuery("select t from AccountToken t where t.tokenHash = :hash", AccountToken.class)
                .setParameter("hash", SecretTokens.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** How many tokens for {@code purpose} the account was sent since {@code since}. */
    public long countIssuedSince(long userId, TokenPurpose purpose, Instant since) {
        return em.createQuery("select count(t) from AccountToken t where t.userId = :user and t.purpose = :purpose"
                        + " and t.issuedAt > :since", Long.class)
                .setParameter("user", userId)
                .setParameter("purpose", purpose)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** Uses up every still-open token of the account for {@code purpose}. */
    public int useUpAll(long userId, TokenPurpose purpose, Instant now) {
        return em.createQuery("update AccountToken t set t.usedAt = :now where t.userId = :user and t.purpose = :purpose"
                        + " and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("user", userId)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }
}
