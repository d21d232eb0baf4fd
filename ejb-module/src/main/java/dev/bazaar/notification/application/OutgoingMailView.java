package dev.bazaar.notification.application;

import java.time.Instant;

import dev.bazaar.notification.domain.OutgoingMail;

/** A mail as admins see it in the back office. */
public record OutgoingMailView(long id, String recipient, String subject, String body, String status, int attempts,
                               String lastError, Instant createdAt, Instant sentAt) {

    static OutgoingMailView of(OutgoingMail mail) {
        return new OutgoingMailView(mail.id(), mail.recipient(), mail.subject(), mail.body(), mail.status().name(),
                mail.attempts(), mail.lastError(), mail.createdAt(), mail.sentAt());
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
