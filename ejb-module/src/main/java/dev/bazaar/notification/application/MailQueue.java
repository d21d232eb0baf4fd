package dev.bazaar.notification.application;

/** Tells the delivery MDB that a mail waits; inside a transaction, the message leaves only if it commits. */
public interface MailQueue {

    void announce(long mailId);
}
