package dev.bazaar.identity.application;

/**
 * An account has just shown that it reads mail sent to its address (a CDI event, observed in the
 * verifying transaction): other contexts may now give it what was kept for that address, such as
 * the orders a guest placed with it.
 */
public record EmailVerified(long accountId, String email) {
}
