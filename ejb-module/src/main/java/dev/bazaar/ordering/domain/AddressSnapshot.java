package dev.bazaar.ordering.domain;

import dev.bazaar.identity.domain.PostalAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An address as it was when the order was placed: later changes in the address book do not move a
 * parcel already on its way. The columns carry a prefix per use (ship_, bill_).
 */
@Embeddable
public class AddressSnapshot {

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

    protected AddressSnapshot() {
        // for JPA
    }

    public AddressSnapshot(PostalAddress address) {
        this.recipient = address.recipient();
        this.line1 = address.line1();
        this.line2 = address.line2();
        this.city = address.city();
        this.region = address.region();
        this.postalCode = address.postalCode();
        this.country = address.country();
        this.phone = address.phone();
    }

    public PostalAddress postal() {
        return new PostalAddress(recipient, line1, line2, city, region, postalCode, country, phone);
    }

    public String country() {
        return country;
    }
}
