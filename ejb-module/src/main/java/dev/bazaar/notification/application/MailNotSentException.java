package dev.bazaar.notification.application;

/** The mail server did not take a mail (down, refused it, timed out). */
public class MailNotSentException extends RuntimeException {

    public MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
