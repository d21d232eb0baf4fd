package dev.bazaar.notification.application;

/**
 * The mail server did not take a mail: it refused the mail itself ({@link #permanent()}: its address,
 * say), or it was down, timed out or put the mail off, which may pass.
 */
public class MailNotSentException extends RuntimeException {

    private final boolean permanent;

    public MailNotSentException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
