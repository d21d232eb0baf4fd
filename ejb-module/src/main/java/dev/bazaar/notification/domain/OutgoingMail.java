package dev.bazaar.notification.domain;

import java.time.Duration;
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

/**
 * One mail to one recipient, plain text, and what became of it. A mail the SMTP server could not take
 * for a passing reason (down, timing out) waits and is tried again, {@link #FIRST_DELAY} after the
 * first failure and twice as long after each further one (never more than {@link #LONGEST_DELAY}),
 * until {@link #RETRY_WINDOW} after it was queued; then, or at once when the server refused the mail
 * itself, it has failed for good and waits for an admin.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    public static final int MAX_SUBJECT = 200;
    public static final Duration RETRY_WINDOW = Duration.ofHours(24);
    public static final Duration FIRST_DELAY = Duration.ofSeconds(10);
    public static final Duration LONGEST_DELAY = Duration.ofMinutes(30);
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

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "retry_until", nullable = false)
    private Instant retryUntil;

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
        this.retryUntil = now.plus(RETRY_WINDOW);
    }

    public void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
        nextAttemptAt = null;
    }

    /** The SMTP server refused this mail itself (its address, say): trying again cannot help. */
    public void failed(String error) {
        attempts++;
        status = MailStatus.FAILED;
        nextAttemptAt = null;
        lastError = error == null ? "unknown error" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    }

    /**
     * The SMTP server could not be reached or put the mail off: within the retry window the mail waits
     * for its next attempt (true); past it, it has failed for good (false).
     */
    public boolean failedForNow(String error, Instant now) {
        failed(error);
        if (!now.isBefore(retryUntil)) {
            return false;
        }
        status = MailStatus.WAITING;
        nextAttemptAt = now.plus(delayAfter(attempts));
        return true;
    }

    /** How long a mail waits after its {@code attempts}-th failed attempt. */
    static Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** Back in the queue when its next attempt is due; false when it is not waiting or not yet due. */
    public boolean retryIfDue(Instant now) {
        if (status != MailStatus.WAITING || nextAttemptAt.isAfter(now)) {
            return false;
        }
        status = MailStatus.QUEUED;
        nextAttemptAt = null;
        return true;
    }

    /**
     * Back in the queue after failing for good, with a new retry window; a mail already sent is never
     * sent twice this way.
     */
    public void requeue(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("Only a mail that failed can be sent again");
        }
        status = MailStatus.QUEUED;
        retryUntil = now.plus(RETRY_WINDOW);
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

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
