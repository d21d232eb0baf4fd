package dev.bazaar.identity.application;

import dev.bazaar.kernel.ForbiddenException;
import jakarta.ejb.ApplicationException;

/**
 * The password was right, but the account's e-mail address is not verified yet: the person must
 * follow the link mailed to them (or ask for a new one) before signing in.
 */
@ApplicationException(rollback = true)
public class EmailNotVerifiedException extends ForbiddenException {

    private static final long serialVersionUID = 1L;

    public EmailNotVerifiedException() {
        super("Verify your e-mail address first: follow the link we mailed you, or ask for a new one");
    }
}
