package dev.bazaar.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.EmailAddress;

class AccountRulesTest {

    @Test
    void anEmailAddressIsTrimmedAndLowerCasedSoOneMailboxIsOneAccount() {
        assertEquals("ada@example.org", new EmailAddress("  Ada@Example.ORG ").value());
        assertEquals(new EmailAddress("ADA@example.org"), new EmailAddress("ada@EXAMPLE.org"));
        assertEquals("ada", new EmailAddress("ada@example.org").localPart());
    }

    @Test
    void textThatIsNotAnEmailAddressIsNamedAsSuch() {
        for (String notAnAddress : new String[] {"ada", "ada@", "@example.org", "ada@example", "ada @example.org",
                "ada@exa mple.org", "ada@-example.org", "a\"da@example.org"}) {
            assertEquals("is not a valid e-mail address", EmailAddress.problem(notAnAddress), notAnAddress);
        }
        assertEquals("is required", EmailAddress.problem("  "));
        assertEquals("is not a valid e-mail address", EmailAddress.problem("ada\u0000@example.org"), "control characters");
        assertEquals("must be at most 254 characters", EmailAddress.problem("a".repeat(250) + "@example.org"));
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress("nope"));
    }

    @Test
    void commonRealAddressesAreAccepted() {
        for (String address : new String[] {"o'brien@example.ie", "first.last+shop@mail.example.co.uk", "x@a.io"}) {
            assertNull(EmailAddress.problem(address), address);
        }
    }

    @Test
    void aPasswordHasAtLeastTenCharactersAndAtMost128() {
        assertEquals("must be at least 10 characters", PasswordPolicy.problem("nine-char", "ada@example.org"));
        assertNull(PasswordPolicy.problem("ten-chars!", "ada@example.org"));
        assertNull(PasswordPolicy.problem("ünïcödé-ok", "ada@example.org"), "characters, not bytes");
        assertEquals("must be at most 128 characters", PasswordPolicy.problem("x".repeat(129), "ada@example.org"));
        assertEquals("is required", PasswordPolicy.problem("", "ada@example.org"));
    }

    @Test
    void aPasswordIsNeitherTheEmailAddressNorItsLocalPart() {
        assertEquals("must not be your e-mail address", PasswordPolicy.problem("Ada@Example.org", "ada@example.org"));
        assertEquals("must not be your e-mail address",
                PasswordPolicy.problem("adalovelace", "AdaLovelace@example.org"));
        assertNull(PasswordPolicy.problem("adalovelace-1815", "adalovelace@example.org"));
    }

    @Test
    void aDisplayNameIsTrimmedAndBounded() {
        assertEquals("Ada Lovelace", new DisplayName("  Ada Lovelace ").value());
        assertEquals("is required", DisplayName.problem(" "));
        assertEquals("must be at most 120 characters", DisplayName.problem("x".repeat(121)));
        assertEquals("must not contain control characters", DisplayName.problem("Ada\u0000"));
    }
}
