package dev.bazaar.kernel;

import java.time.Duration;

import jakarta.ejb.ApplicationException;

/** Too many attempts in a short time: a 429 telling the caller when to try again. */
@ApplicationException(rollback = true)
public class TooManyAttemptsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyAttemptsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, rounded up, as the Retry-After header wants them. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.getSeconds();
        return retryAfter.getNano() > 0 ? seconds + 1 : seconds;
    }

    /** Whole minutes, rounded up and at least one, as pages tell people how long to wait. */
    public long retryAfterMinutes() {
        return minutes(retryAfterSeconds());
    }

    /** {@code seconds} in whole minutes, rounded up and at least one. */
    public static long minutes(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }
}
