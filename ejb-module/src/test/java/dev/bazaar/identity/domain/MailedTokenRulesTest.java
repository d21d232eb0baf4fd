package dev.bazaar.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.SecretTokens;

/** Tokens mailed to an account: random, stored hashed, good for one purpose, once, until they expire. */
class MailedTokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void tokensAreRandomUrlSafeAndStoredAsTheirSha256() {
        String token = SecretTokens.newToken();
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertNotEquals(token, SecretTokens.newToken());
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", SecretTokens.hash("test"));
    }

    @Test
    void aResetTokenWorksForThirtyMinutesAndOnlyForResetting() {
        AccountToken token = new AccountToken(7, TokenPurpose.RESET_PASSWORD, SecretTokens.hash("x"), NOW);
        assertTrue(token.usableFor(TokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(29))));
        assertFalse(token.usableFor(TokenPurpose.RESET_PASSWORD, NOW.plus(Duration.ofMinutes(30))), "expired");
        assertFalse(token.usableFor(TokenPurpose.VERIFY_EMAIL, NOW), "another purpose");
    }

    @Test
    void aVerificationTokenWorksForTwoDaysAndOnce() {
        AccountToken token = new AccountToken(7, TokenPurpose.VERIFY_EMAIL, SecretTokens.hash("x"), NOW);
        assertTrue(token.usableFor(TokenPurpose.VERIFY_EMAIL, NOW.plus(Duration.ofHours(47))));
        assertFalse(token.usableFor(TokenPurpose.VERIFY_EMAIL, NOW.plus(Duration.ofHours(48))));

        token.useUp(NOW);

        assertFalse(token.usableFor(TokenPurpose.VERIFY_EMAIL, NOW), "used");
        assertThrows(IllegalStateException.class, () -> token.useUp(NOW));
    }
}
