package dev.bazaar.notification.application;

/** Hands a mail to the mail server; throws {@link MailNotSentException} when it cannot. */
public interface Mailer {

    void send(MailMessage message);
}
