package dev.bazaar.identity.application;

import dev.bazaar.kernel.AuthenticationFailedException;
import jakarta.ejb.ApplicationException;

/**
 * A refresh token was presented after it had been used: whoever holds the family may be an
 * attacker, so the family is revoked. Unlike other authentication failures this one commits (the
 * revocation and its audit record must stay) while the caller still gets a 401.
 */
@ApplicationException(rollback = false)
public class RefreshTokenReplayedException extends AuthenticationFailedException {

    private static final long serialVersionUID = 1L;

    public RefreshTokenReplayedException() {
        super("This refresh token was already used; sign in again");
    }
}
