package dev.bazaar.identity.domain;

import java.util.Locale;
import java.util.Map;

import dev.bazaar.kernel.FieldProblems;

/**
 * The postal part of an address, checked field by field: required lines, lengths, an ISO-3166
 * country code, an optional phone. Text is trimmed; the country upper-cased.
 */
public record PostalAddress(String recipient, String line1, String line2, String city, String region,
                            String postalCode, String country, String phone) {

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
