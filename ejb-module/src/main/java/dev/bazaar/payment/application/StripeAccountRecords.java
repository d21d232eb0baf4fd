package dev.bazaar.payment.application;

import java.time.Instant;

import dev.bazaar.payment.domain.ConnectedAccount;
import dev.bazaar.payment.domain.ConnectedAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Writes a shop's new Stripe account in a transaction of its own, after Stripe made it (see {@link StripeAccounts}). */
@Stateless
@RolesAllowed("VENDOR_OWNER")
public class StripeAccountRecords {

    @Inject
    ConnectedAccounts accounts;

    /** Keeps the account Stripe made for the shop; if one is already kept (a second click), that one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ConnectedAccount record(long vendorId, CardGateway.Account made) {
        return accounts.add(new ConnectedAccount(vendorId, made.id(), StripeAccounts.stateOf(made), Instant.now()));
    }
}
