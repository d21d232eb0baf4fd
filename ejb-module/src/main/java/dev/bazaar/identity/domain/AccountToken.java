package dev.bazaar.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use, expiring token sent to an account's mailbox, known here only by its hash. */
@Entity
@Table(name = "account_token")
public class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // for JPA
    }

    public AccountToken(long userId, TokenPurpose purpose, String tokenHash, Instant now) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.issuedAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** Whether the token can still be used for {@code wanted} at {@code now}. */
    public boolean usableFor(TokenPurpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    public void useUp(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("Token already used");
        }
        usedAt = now;
    }

    public long userId() {
        return userId;
    }
}
