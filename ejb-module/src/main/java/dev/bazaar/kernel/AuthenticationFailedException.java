package dev.bazaar.kernel;

import jakarta.ejb.ApplicationException;

/**
 * The caller could not be authenticated (wrong credentials, a disabled account, a token that no
 * longer stands for a usable account): a 401. The message never says which part was wrong.
 */
@ApplicationException(rollback = true)
public class AuthenticationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException(String message) {
        super(message);
    }
}
