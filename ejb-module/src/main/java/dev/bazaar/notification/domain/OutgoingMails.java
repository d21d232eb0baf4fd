package dev.bazaar.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.SearchText;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Stores outgoing mail and finds it. */
@Dependent
public class OutgoingMails {

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public OutgoingMail add(OutgoingMail mail) {
        em.persist(mail);
        em.flush(); // the id goes into the queue message, in this same transaction
        return mail;
    }

    public Optional<OutgoingMail> find(long id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }

    /** Ids of waiting mail whose next attempt is due at {@code now}, the longest due first. */
    public List<Long> dueForRetry(Instant now, int limit) {
        return em.createQuery("select m.id from OutgoingMail m where m.status = :waiting and m.nextAttemptAt <= :now"
                + " order by m.nextAttemptAt", Long.class)
                .setParameter("waiting", MailStatus.WAITING).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Mail whose recipient or subject contains {@code search} (all when null), newest first. */
    public Page<OutgoingMail> search(String search, PageRequest page) {
        String where = search == null ? "" : " where lower(m.recipient) like :text or lower(m.subject) like :text";
        var items = em.createQuery("select m from OutgoingMail m" + where + " order by m.createdAt desc, m.id desc",
                OutgoingMail.class).setFirstResult(page.offset()).setMaxResults(page.size());
        var count = em.createQuery("select count(m) from OutgoingMail m" + where, Long.class);
        if (search != null) {
            String pattern = SearchText.containsPattern(search);
            items.setParameter("text", pattern);
            count.setParameter("text", pattern);
        }
        return new Page<>(items.getResultList(), page.page(), page.size(), count.getSingleResult());
    }
}
