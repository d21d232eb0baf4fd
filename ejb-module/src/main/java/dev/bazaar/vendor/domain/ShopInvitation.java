package dev.bazaar.vendor.domain;

import java.time.Duration;
import java.time.Instant;

import dev.bazaar.kernel.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A shop owner's invitation for someone to work for the shop as a manager or staff member. The mail
 * carries a token; only its hash is kept. It is open until it is accepted, revoked or expires.
 */
@Entity
@Table(name = "shop_invitation")
public class ShopInvitation {

    public static final Duration VALID_FOR = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(nullable = false, updatable = false, length = 254)
    private String email;

    @Column(nullable = false, updatable = false, length = 20)
    private String role;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, updatable = false, length = 254)
    private String invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_account_id")
    private Long acceptedAccountId;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ShopInvitation() {
        // for JPA
    }

    public ShopInvitation(long vendorId, String email, String role, String tokenHash, String invitedBy, Instant now) {
        this.vendorId = vendorId;
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALID_FOR);
    }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    /** Marks it used by the account; a used, revoked or expired invitation is a conflict. */
    public void accept(long accountId, Instant now) {
        if (!isOpen(now)) {
            throw new ConflictException("invitation", acceptedAt != null ? "has been used already"
                    : revokedAt != null ? "was withdrawn by the shop" : "has expired; ask the shop for a new one");
        }
        acceptedAt = now;
        acceptedAccountId = accountId;
    }

    public void revoke(Instant now) {
        if (acceptedAt == null && revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long vendorId() {
        return vendorId;
    }

    public String email() {
        return email;
    }

    public String role() {
        return role;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }
}
