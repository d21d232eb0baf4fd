package dev.bazaar.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins within {@link #WINDOW} for one
 * account, or from one client address, further attempts are refused until the oldest of those
 * failures leaves the window.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** Failed logins counted in the window, and when the oldest of them happened. */
    public record Failures(long count, Instant oldest) {
    }

    private LoginThrottle() {
    }

    /** How long the caller must wait before trying again, or empty when an attempt is allowed now. */
    public static Optional<Duration> retryAfter(Instant now, Failures... counted) {
        Duration longest = null;
        for (Failures failures : counted) {
            if (failures.count() >= MAX_FAILURES) {
                Duration wait = Duration.between(now, failures.oldest().plus(WINDOW));
                Duration atLeastOneSecond = wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
                longest = longest == null || atLeastOneSecond.compareTo(longest) > 0 ? atLeastOneSecond : longest;
            }
        }
        return Optional.ofNullable(longest);
    }
}
