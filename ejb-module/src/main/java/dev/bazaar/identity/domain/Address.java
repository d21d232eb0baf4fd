package dev.bazaar.identity.domain;

import java.time.Instant;

import dev.bazaar.kernel.PostalAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An address in someone's address book; it may be their default for shipping, billing, or both. */
@Entity
@Table(name = "address")
public class Address {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long ownerId;

    @Embedded
    private PostalAddress postal;

    @Column(name = "default_shipping", nullable = false)
    private boolean defaultShipping;

    @Column(name = "default_billing", nullable = false)
    private boolean defaultBilling;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Address() {
        // for JPA
    }

    public Address(long ownerId, PostalAddress postal) {
        this.ownerId = ownerId;
        this.createdAt = Instant.now();
        replace(postal);
    }

    public void replace(PostalAddress postal) {
        this.postal = postal;
    }

    public void makeDefault(boolean shipping, boolean billing) {
        defaultShipping = defaultShipping || shipping;
        defaultBilling = defaultBilling || billing;
    }

    public Long id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public PostalAddress postal() {
        return postal;
    }

    public boolean defaultShipping() {
        return defaultShipping;
    }

    public boolean defaultBilling() {
        return defaultBilling;
    }
}
