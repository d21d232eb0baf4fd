package dev.bazaar.api.v1;

import org.eclipse.microprofile.jwt.JsonWebToken;

import jakarta.ws.rs.core.SecurityContext;

/** Who is calling, from their verified access token: the account id is the token's subject. */
final class Caller {

    private Caller() {
    }

    static long accountId(SecurityContext security) {
        return Long.parseLong(((JsonWebToken) security.getUserPrincipal()).getSubject());
    }
}
