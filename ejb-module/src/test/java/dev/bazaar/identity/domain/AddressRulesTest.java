package dev.bazaar.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.PhoneNumber;
import dev.bazaar.kernel.PostalAddress;

class AddressRulesTest {

    @Test
    void phoneNumbersAreOptionalAndWrittenAsPeopleWriteThem() {
        assertNull(PhoneNumber.problem(null));
        assertNull(PhoneNumber.problem("+44 (0)20 7946-0958"));
        assertNull(PhoneNumber.problem("030.123.456"));
        assertEquals("may contain only digits, spaces, + . - ( )", PhoneNumber.problem("call 555"));
        assertEquals("must have between 5 and 17 digits", PhoneNumber.problem("1234"));
        assertEquals("must have between 5 and 17 digits", PhoneNumber.problem("+1 234 567 890 123 456 789"));
        assertEquals("must be at most 40 characters", PhoneNumber.problem("1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1"));
    }

    @Test
    void aPostalAddressIsTrimmedAndItsCountryUpperCased() {
        PostalAddress address = new PostalAddress(" Ada ", "1 High St", " ", "London", null, "N1 9GU", "gb", " ");

        assertEquals("Ada", address.recipient());
        assertNull(address.line2());
        assertEquals("GB", address.country());
        assertNull(address.phone());
        assertTrue(address.problems().isEmpty());
    }

    @Test
    void everyMissingOrWrongFieldIsNamed() {
        PostalAddress address = new PostalAddress(null, "x".repeat(201), null, null, null, null, "UK", "none");

        assertEquals(Map.of(
                "recipient", "is required",
                "line1", "must be at most 200 characters",
                "city", "is required",
                "postalCode", "is required",
                "country", "must be an ISO 3166 two-letter country code, like GB or DE",
                "phone", "may contain only digits, spaces, + . - ( )"), address.problems());
    }
}
