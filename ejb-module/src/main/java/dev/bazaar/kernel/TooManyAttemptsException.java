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
}
