package dev.bazaar.kernel;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (or is not visible to the caller): a 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
