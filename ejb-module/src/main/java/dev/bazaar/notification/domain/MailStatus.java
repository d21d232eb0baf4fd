package dev.bazaar.notification.domain;

/** Where a mail is on its way out. */
public enum MailStatus {
    /** Waiting for the delivery MDB. */
    QUEUED,
    /** Handed to the SMTP server. */
    SENT,
    /** The last attempt failed; the broker retries a few times, then an admin can send it again. */
    FAILED
}
