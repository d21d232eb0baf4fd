package dev.bazaar.api.v1;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.bazaar.kernel.AuthenticationFailedException;
import jakarta.ws.rs.core.SecurityContext;

/** Who is calling, from their verified access token: the account id is the token's subject. */
final class Caller {

    private Caller() {
    }

    static long accountId(SecurityContext security) {
        if (!(security.getUserPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
            throw new AuthenticationFailedException("Send an access token: Authorization: Bearer <token>");
        }
        try {
            return Long.parseLong(token.getSubject());
        } catch (NumberFormatException e) {
            throw new AuthenticationFailedException("This access token does not name an account");
        }
    }
}
