package dev.bazaar.notification.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One mail to one recipient, plain text, and what became of it. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    public static final int MAX_SUBJECT = 200;
    private static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(String recipient, String subject, String body, Instant now) {
        if (recipient == null || recipient.isBlank() || subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("A mail needs a recipient, a subject and a body");
        }
        this.recipient = recipient;
        this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
        this.body = body;
        this.status = MailStatus.QUEUED;
        this.createdAt = now;
    }

    public void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    public void failed(String error) {
        attempts++;
        status = MailStatus.FAILED;
        lastError = error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    }

    /** Back in the queue after failing; a mail already sent is never sent twice this way. */
    public void requeue() {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("Only a mail that failed can be sent again");
        }
        status = MailStatus.QUEUED;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
