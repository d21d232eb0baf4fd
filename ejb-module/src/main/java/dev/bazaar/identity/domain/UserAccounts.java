package dev.bazaar.identity.domain;

import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stores and finds accounts. */
@Dependent
public class UserAccounts {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public boolean exists(EmailAddress email) {
        return !em.createQuery("select a.id from UserAccount a where a.email = :email", Long.class)
                .setParameter("email", email.value())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public Optional<UserAccount> find(EmailAddress email) {
        return em.createQuery("select a from UserAccount a where a.email = :email", UserAccount.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst();
    }

    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public UserAccount add(UserAccount account) {
        em.persist(account);
        em.flush(); // the unique index on e-mail speaks now, inside the caller's try, not at commit
        return account;
    }
}
