package dev.bazaar.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.bazaar.identity.domain.LoginThrottle.Failures;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void fewerThanFiveFailuresInTheWindowLeaveLoginOpen() {
        assertTrue(LoginThrottle.retryAfter(NOW, new Failures(4, NOW.minusSeconds(60))).isEmpty());
        assertTrue(LoginThrottle.retryAfter(NOW, new Failures(0, null)).isEmpty());
    }

    @Test
    void theFifthFailureLocksUntilTheOldestLeavesTheWindow() {
        Instant oldest = NOW.minus(Duration.ofMinutes(10));

        assertEquals(Duration.ofMinutes(5), LoginThrottle.retryAfter(NOW, new Failures(5, oldest)).orElseThrow());
    }

    @Test
    void theLongerWaitOfAccountAndClientWins() {
        Failures account = new Failures(5, NOW.minus(Duration.ofMinutes(14)));
        Failures client = new Failures(9, NOW.minus(Duration.ofMinutes(3)));

        assertEquals(Duration.ofMinutes(12), LoginThrottle.retryAfter(NOW, account, client).orElseThrow());
    }

    @Test
    void aWaitThatIsAlmostOverIsStillAtLeastASecond() {
        Failures failures = new Failures(5, NOW.minus(LoginThrottle.WINDOW).plusMillis(10));

        assertEquals(Duration.ofSeconds(1), LoginThrottle.retryAfter(NOW, failures).orElseThrow());
    }
}
