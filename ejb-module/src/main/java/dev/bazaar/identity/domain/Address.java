package dev.bazaar.identity.domain;

import java.time.Instant;

import jakarta.persistence.Column;
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

    @Column(nullable = false, length = 120)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String line1;

    @Column(length = 200)
    private String line2;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(length = 100)
    private String region;

    @Column(name = "postal_code", nullable = false, length = 20)
    private String postalCode;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(length = 40)
    private String phone;

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
        recipient = postal.recipient();
        line1 = postal.line1();
        line2 = postal.line2();
        city = postal.city();
        region = postal.region();
        postalCode = postal.postalCode();
        country = postal.country();
        phone = postal.phone();
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
        return new PostalAddress(recipient, line1, line2, city, region, postalCode, country, phone);
    }

    public boolean defaultShipping() {
        return defaultShipping;
    }

    public boolean defaultBilling() {
        return defaultBilling;
    }
}
