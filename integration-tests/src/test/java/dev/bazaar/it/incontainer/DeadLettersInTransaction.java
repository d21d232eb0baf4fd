package dev.bazaar.it.incontainer;

import dev.bazaar.notification.application.MailMessage;
import dev.bazaar.notification.application.MailOutbox;
import dev.bazaar.platform.application.DeadLetterQueue;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Queues a mail, and replays or discards a dead letter, each in a container transaction of its own, as
 * the application does: MailOutbox inside a use case's transaction, DeadLetters once it knows the caller
 * is an active admin (the HTTP tests go through DeadLetters with a real admin).
 */
@Stateless
public class DeadLettersInTransaction {

    @Inject
    MailOutbox outbox;

    @Inject
    DeadLetterQueue queue;

    public long queueMail(MailMessage mail) {
        return outbox.queue(mail);
    }

    public boolean replay(String id, String origin) {
        return queue.replay(id, origin);
    }

    public boolean discard(String id) {
        return queue.discard(id);
    }
}
