package dev.bazaar.web;

import java.io.Serializable;

import dev.bazaar.kernel.PostalAddress;

/**
 * A postal address while it is typed: one field per part of {@link PostalAddress}, which a page binds
 * as {@code #{checkoutPage.address.line1}}. The service checks the address once it is built.
 */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String recipient;
    private String line1;
    private String line2;
    private String city;
    private String region;
    private String postalCode;
    private String country;
    private String phone;

    /** The address as typed, trimmed by {@link PostalAddress} itself. */
    public PostalAddress toPostalAddress() {
        return new PostalAddress(recipient, line1, line2, city, region, postalCode, country, phone);
    }

    /** Empties every field. */
    public void clear() {
        recipient = null;
        line1 = null;
        line2 = null;
        city = null;
        region = null;
        postalCode = null;
        country = null;
        phone = null;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
