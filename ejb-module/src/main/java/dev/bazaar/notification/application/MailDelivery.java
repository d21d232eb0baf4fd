package dev.bazaar.notification.application;

import java.time.Instant;
import java.util.logging.Logger;

import dev.bazaar.notification.domain.MailStatus;
import dev.bazaar.notification.domain.OutgoingMail;
import dev.bazaar.notification.domain.OutgoingMails;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Sends one queued mail, called by the delivery MDB. A mail already sent is not sent again (a
 * redelivered message changes nothing). A failure is recorded on the mail in a transaction of its
 * own. One that may pass (the SMTP server away) leaves the mail WAITING for {@link MailRetry} to queue
 * it again later, and the message is done. One that cannot (a refused address), or a mail past its
 * retry window, is rethrown, so the broker redelivers the message with back-off and finally
 * dead-letters it; an admin can then send the mail again.
 */
@Stateless
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    OutgoingMails mails;

    @Inject
    Mailer mailer;

    @Resource
    SessionContext context;

    public void deliver(long mailId) {
        OutgoingMail mail = mails.find(mailId).orElse(null);
        if (mail == null || mail.status() == MailStatus.SENT) {
            return;
        }
        try {
            mailer.send(new MailMessage(mail.recipient(), mail.subject(), mail.body()));
        } catch (MailNotSentException e) {
            if (context.getBusinessObject(MailDelivery.class).recordFailure(mailId, e.getMessage(), e.permanent())) {
                LOG.info(() -> "Mail " + mailId + " waits for its next attempt: " + e.getMessage());
                return;
            }
            throw e;
        }
        mail.sent(Instant.now());
        LOG.fine(() -> "Mail " + mailId + " sent");
    }

    /** Records the failed attempt; true when the mail waits to be tried again later. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordFailure(long mailId, String error, boolean permanent) {
        OutgoingMail mail = mails.find(mailId).orElse(null);
        if (mail == null) {
            return false;
        }
        if (permanent) {
            mail.failed(error);
            return false;
        }
        return mail.failedForNow(error, Instant.now());
    }
}
