package dev.bazaar.audit.application;

import java.time.Instant;
import java.util.List;

import dev.bazaar.audit.domain.SecurityEvent;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes the security audit trail. An event describing a change is recorded in the transaction
 * that makes the change, so a rolled-back change leaves no claim that it happened.
 */
@Stateless
public class SecurityAudit {

    public static final String ACCOUNT_REGISTERED = "account.registered";
    public static final String REGISTRATION_REFUSED = "registration.refused";
    public static final String LOGIN_SUCCEEDED = "login.succeeded";
    public static final String LOGIN_FAILED = "login.failed";
    public static final String LOGIN_THROTTLED = "login.throttled";
    public static final String REFRESH_TOKEN_REPLAYED = "refresh-token.replayed";
    public static final String LOGOUT = "logout";
    public static final String PASSWORD_CHANGED = "password.changed";
    /** A wrong current password on a password change: throttled on its own, not counted as a failed login. */
    public static final String PASSWORD_CHANGE_FAILED = "password-change.failed";
    public static final String ACCOUNT_DISABLED = "account.disabled";
    public static final String ACCOUNT_ENABLED = "account.enabled";
    public static final String ROLES_CHANGED = "roles.changed";
    public static final String LOGIN_UNVERIFIED = "login.unverified";
    public static final String VERIFICATION_MAIL_REQUESTED = "verification-mail.requested";
    public static final String EMAIL_VERIFIED = "email.verified";
    public static final String PASSWORD_RESET_REQUESTED = "password-reset.requested";
    public static final String PASSWORD_RESET = "password.reset";
    public static final String DEAD_LETTER_REPLAYED = "dead-letter.replayed";
    public static final String DEAD_LETTER_DISCARDED = "dead-letter.discarded";
    public static final String PAYOUTS_PAUSED = "payouts.paused";
    public static final String PAYOUTS_RESUMED = "payouts.resumed";

    @PersistenceContext(unitName = "bazaar")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordWithChange(String type, Long userId, String email, String clientAddress, String detail) {
        em.persist(new SecurityEvent(type, userId, email, clientAddress, detail));
    }

    /** One line of the audit trail, for admins. */
    public record Entry(Instant occurredAt, String type, Long userId, String email, String clientAddress, String detail) {
    }

    /** The newest events first, a page at a time: platform admins only. */
    @RolesAllowed("PLATFORM_ADMIN")
    public Page<Entry> latest(PageRequest page) {
        List<Entry> entries = em.createQuery("select e from SecurityEvent e order by e.occurredAt desc, e.id desc",
                        SecurityEvent.class)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream()
                .map(e -> new Entry(e.occurredAt(), e.type(), e.userId(), e.email(), e.clientAddress(), e.detail()))
                .toList();
        long total = em.createQuery("select count(e) from SecurityEvent e", Long.class).getSingleResult();
        return new Page<>(entries, page.page(), page.size(), total);
    }

    /** How many events of a kind, and when the oldest of them happened (null when none). */
    public record Tally(long count, Instant oldest) {
    }

    /** Events of {@code type} for {@code email} since {@code since}: how many, and the oldest. */
    public Tally countForEmail(String type, String email, Instant since) {
        return count("e.email = :key", type, email, since);
    }

    /** Events of {@code type} from {@code clientAddress} since {@code since}: how many, and the oldest. */
    public Tally countFromClient(String type, String clientAddress, Instant since) {
        return count("e.clientAddress = :key", type, clientAddress, since);
    }

    private Tally count(String keyCondition, String type, String key, Instant since) {
        if (key == null) {
            return new Tally(0, null);
        }
        Object[] row = em.createQuery("select count(e), min(e.occurredAt) from SecurityEvent e where e.type = :type and "
                        + keyCondition + " and e.occurredAt > :since", Object[].class)
                .setParameter("type", type)
                .setParameter("key", key)
                .setParameter("since", since)
                .getSingleResult();
        return new Tally((Long) row[0], (Instant) row[1]);
    }

    /**
     * Records an event about an attempt that failed: in a transaction of its own, because the
     * caller's is about to roll back and the record must stay.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String type, Long userId, String email, String clientAddress, String detail) {
        em.persist(new SecurityEvent(type, userId, email, clientAddress, detail));
    }
}
