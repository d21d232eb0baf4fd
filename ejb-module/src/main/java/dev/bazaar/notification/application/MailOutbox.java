package dev.bazaar.notification.application;

import java.time.Instant;

import dev.bazaar.notification.domain.OutgoingMail;
import dev.bazaar.notification.domain.OutgoingMails;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Where other contexts put mail they want sent. The mail row and the queue message join the
 * caller's transaction: if the caller rolls back, no mail goes out; if it commits, the mail is
 * delivered even when the SMTP server is away for a while.
 */
@Stateless
public class MailOutbox {

    @Inject
    OutgoingMails mails;

    @Inject
    MailQueue queue;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long queue(MailMessage message) {
        OutgoingMail mail = mails.add(new OutgoingMail(message.recipient(), message.subject(), message.body(), Instant.now()));
        queue.announce(mail.id());
        return mail.id();
    }
}
