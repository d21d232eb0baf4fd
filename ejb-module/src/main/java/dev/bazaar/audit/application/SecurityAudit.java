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

    @PersistenceContext(unitName = "bazaar")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordWithChange(String type, Long userId, String email, String clientAddress, String detail) {
        em.persist(new SecurityEvent(type, userId, email, clientAddress, detail));
    }
}
