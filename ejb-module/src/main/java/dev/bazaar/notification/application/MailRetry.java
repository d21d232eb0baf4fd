package dev.bazaar.notification.application;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.bazaar.notification.domain.OutgoingMails;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Mail that waits because the SMTP server was away goes back on the queue when its next attempt is
 * due: every ten seconds, each due mail in a transaction of its own (the row and the queue message
 * commit together). Several servers may run this at once: the mail's version lets only one queue it.
 */
@Stateless
public class MailRetry {

    private static final Logger LOG = Logger.getLogger(MailRetry.class.getName());
    private static final int BATCH = 100;

    @Inject
    OutgoingMails mails;

    @Inject
    MailQueue queue;

    @Resource
    SessionContext context;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "queue waiting mail again")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onSchedule() {
        Instant now = Instant.now();
        MailRetry self = context.getBusinessObject(MailRetry.class);
        for (long mailId : self.due(now)) {
            try {
                self.retry(mailId, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not queue mail " + mailId + " again; the next run tries again", e);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Instant now) {
        return mails.dueForRetry(now, BATCH);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void retry(long mailId, Instant now) {
        mails.find(mailId).filter(mail -> mail.retryIfDue(now)).ifPresent(mail -> queue.announce(mailId));
    }
}
