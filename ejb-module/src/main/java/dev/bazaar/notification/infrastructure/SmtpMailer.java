package dev.bazaar.notification.infrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import dev.bazaar.notification.application.MailMessage;
import dev.bazaar.notification.application.MailNotSentException;
import dev.bazaar.notification.application.Mailer;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends mail over SMTP through the server's {@code mail/bazaar} session (host, port, sender,
 * credentials and timeouts are server configuration: see liberty/server.xml). An address the client
 * or the server refuses fails the mail for good; anything else (no connection, a timeout, a 4xx
 * answer) may pass, and the mail is tried again later.
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    @Resource(lookup = "mail/bazaar")
    Session session;

    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session);
            mime.setFrom(); // the session's mail.from
            mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.recipient(), true));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
            mime.setSentDate(new Date());
            Transport.send(mime);
        } catch (MessagingException e) {
            boolean refused = e instanceof AddressException
                    || e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0;
            throw new MailNotSentException("SMTP: " + e.getMessage(), refused, e);
        }
    }
}
