package dev.bazaar.kernel;

import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The postal part of an address, checked field by field: required lines, lengths, an ISO-3166
 * country code, an optional phone. Text is trimmed; the country upper-cased. Mapped once: an address
 * book entry embeds it as it is, an order group twice under prefixed columns (ship_, bill_), so an
 * order keeps the address as it was when it was placed.
 */
@Embeddable
public record PostalAddress(@Column(name = "recipient", length = 120) String recipient,
                            @Column(name = "line1", length = 200) String line1,
                            @Column(name = "line2", length = 200) String line2,
                            @Column(name = "city", length = 100) String city,
                            @Column(name = "region", length = 100) String region,
                            @Column(name = "postal_code", length = 20) String postalCode,
                            @Column(name = "country", length = 2) String country,
                            @Column(name = "phone", length = 40) String phone) {

    public PostalAddress {
        recipient = FieldProblems.strip(recipient);
        line1 = FieldProblems.strip(line1);
        line2 = FieldProblems.strip(line2);
        city = FieldProblems.strip(city);
        region = FieldProblems.strip(region);
        postalCode = FieldProblems.strip(postalCode);
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        phone = PhoneNumber.normalize(phone);
    }

    /** Every broken rule, by field; empty when the address can be stored. */
    public Map<String, String> problems() {
        return new FieldProblems()
                .required("recipient", recipient, 120)
                .required("line1", line1, 200)
                .optional("line2", line2, 200)
                .required("city", city, 100)
                .optional("region", region, 100)
                .required("postalCode", postalCode, 20)
                .country("country", country)
                .add("phone", PhoneNumber.problem(phone))
                .asMap();
    }
}
