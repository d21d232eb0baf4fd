package dev.bazaar.kernel;

import jakarta.ejb.ApplicationException;

/**
 * A service Bazaar needs for this request (Stripe) did not answer or had a problem of its own: a 503
 * with Retry-After. Nothing has been written when it is thrown; asking again later may work.
 */
@ApplicationException(rollback = true)
public class UnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(String message) {
        super(message);
    }
}
