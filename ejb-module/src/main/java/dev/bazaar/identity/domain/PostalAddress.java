package dev.bazaar.identity.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The postal part of an address, checked field by field: required lines, lengths, an ISO-3166
 * country code, an optional phone. Text is trimmed; the country upper-cased.
 */
public record PostalAddress(String recipient, String line1, String line2, String city, String region,
                            String postalCode, String country, String phone) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public PostalAddress {
        recipient = strip(recipient);
        line1 = strip(line1);
        line2 = strip(line2);
        city = strip(city);
        region = strip(region);
        postalCode = strip(postalCode);
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        phone = PhoneNumber.normalize(phone);
    }

    /** Every broken rule, by field; empty when the address can be stored. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "recipient", recipient, 120);
        required(problems, "line1", line1, 200);
        optional(problems, "line2", line2, 200);
        required(problems, "city", city, 100);
        optional(problems, "region", region, 100);
        required(problems, "postalCode", postalCode, 20);
        if (country == null || country.isEmpty()) {
            problems.put("country", "is required");
        } else if (!COUNTRIES.contains(country)) {
            problems.put("country", "must be an ISO 3166 two-letter country code, like GB or DE");
        }
        String phoneProblem = PhoneNumber.problem(phone);
        if (phoneProblem != null) {
            problems.put("phone", phoneProblem);
        }
        return problems;
    }

    private static void required(Map<String, String> problems, String field, String value, int max) {
        if (value == null) {
            problems.put(field, "is required");
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(Map<String, String> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.put(field, "must be at most " + max + " characters");
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
