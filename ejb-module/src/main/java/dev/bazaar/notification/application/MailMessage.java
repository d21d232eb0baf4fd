package dev.bazaar.notification.application;

/** A plain-text mail to one recipient. */
public record MailMessage(String recipient, String subject, String body) {
}
