package dev.bazaar.notification.domain;

/** Where a mail is on its way out. */
public enum MailStatus {
    /** Waiting for the delivery MDB. */
    QUEUED,
    /** Handed to the SMTP server. */
    SENT,
    /** The SMTP server was away at the last attempt; tried again at the mail's next attempt time. */
    WAITING,
    /** Failed for good (refused, or still failing at the end of the retry window): an admin can send it again. */
    FAILED
}
