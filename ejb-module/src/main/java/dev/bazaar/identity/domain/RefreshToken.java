package dev.bazaar.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One refresh token, known here only by its hash. It can be used once: using it yields its
 * successor in the same family. A token presented after it was used means someone replayed it.
 */
@Entity
@Table(name = "refresh_token")
public class RefreshToken {

    public static final Duration LIFETIME = Duration.ofDays(30);

    public enum State { USABLE, USED, REVOKED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RefreshToken() {
        // for JPA
    }

    private RefreshToken(long userId, UUID familyId, String tokenHash, Instant now) {
        this.userId = userId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.issuedAt = now;
        this.expiresAt = now.plus(LIFETIME);
    }

    /** The first token of a new family, for a fresh login. */
    public static RefreshToken firstOfFamily(long userId, String tokenHash, Instant now) {
        return new RefreshToken(userId, UUID.randomUUID(), tokenHash, now);
    }

    public State state(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    /** Uses this token up and returns its successor in the same family. */
    public RefreshToken rotate(String successorHash, Instant now) {
        if (state(now) != State.USABLE) {
            throw new IllegalStateException("Only a usable refresh token can be rotated");
        }
        usedAt = now;
        return new RefreshToken(userId, familyId, successorHash, now);
    }

    public long userId() {
        return userId;
    }

    public UUID familyId() {
        return familyId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
