package dev.bazaar.identity.application;

import dev.bazaar.identity.domain.Address;
import dev.bazaar.kernel.PostalAddress;

/** An address book entry as its owner sees it. */
public record AddressView(long id, String recipient, String line1, String line2, String city, String region,
                          String postalCode, String country, String phone,
                          boolean defaultShipping, boolean defaultBilling) {

    static AddressView of(Address address) {
        PostalAddress p = address.postal();
        return new AddressView(address.id(), p.recipient(), p.line1(), p.line2(), p.city(), p.region(),
                p.postalCode(), p.country(), p.phone(), address.defaultShipping(), address.defaultBilling());
    }
}
