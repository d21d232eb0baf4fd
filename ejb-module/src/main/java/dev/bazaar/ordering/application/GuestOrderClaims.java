package dev.bazaar.ordering.application;

import java.util.logging.Logger;

import dev.bazaar.identity.application.EmailVerified;
import dev.bazaar.ordering.domain.Guests;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * When an account verifies its e-mail address, the orders guests placed with that address become the
 * account's (in the verifying transaction): only someone who reads mail sent to the address can claim
 * them. Their mailed links keep working.
 */
@Dependent
public class GuestOrderClaims {

    private static final Logger LOG = Logger.getLogger(GuestOrderClaims.class.getName());

    @Inject
    Guests guests;

    void claim(@Observes EmailVerified verified) {
        int taken = guests.handOverTo(verified.accountId(), verified.email());
        if (taken > 0) {
            LOG.info(() -> "Account " + verified.accountId() + " took over " + taken + " guest order(s) of its verified address");
        }
    }
}
