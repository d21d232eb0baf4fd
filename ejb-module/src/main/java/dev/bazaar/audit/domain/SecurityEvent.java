package dev.bazaar.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something security-relevant that happened to an account, with who and from where. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "event_type", nullable = false, length = 60)
    private String type;

    @Column(name = "user_id")
    private Long userId;

    @Column(length = 254)
    private String email;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(columnDefinition = "text")
    private String detail;

    protected SecurityEvent() {
        // for JPA
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String type() {
        return type;
    }

    public Long userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String detail() {
        return detail;
    }

    public SecurityEvent(String type, Long userId, String email, String clientAddress, String detail) {
        this.occurredAt = Instant.now();
        this.type = type;
        this.userId = userId;
        this.email = email;
        this.clientAddress = clientAddress;
        this.detail = detail;
    }
}
