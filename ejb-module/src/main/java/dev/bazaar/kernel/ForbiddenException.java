package dev.bazaar.kernel;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this (another vendor's product, say): a 403. Nothing was written. */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
