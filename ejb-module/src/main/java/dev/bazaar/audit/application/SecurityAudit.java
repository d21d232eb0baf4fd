package dev.bazaar.audit.application;

import dev.bazaar.audit.domain.SecurityEvent;
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
    public static final String LOGIN_SUCCEEDED = "login.succeeded";
    public static final String LOGIN_FAILED = "login.failed";

    @PersistenceContext(unitName = "bazaar")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordWithChange(String type, Long userId, String email, String clientAddress, String detail) {
        em.persist(new SecurityEvent(type, userId, email, clientAddress, detail));
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
