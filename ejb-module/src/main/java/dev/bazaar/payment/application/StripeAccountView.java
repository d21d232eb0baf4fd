package dev.bazaar.payment.application;

import java.time.Instant;

import dev.bazaar.payment.domain.ConnectedAccount;

/**
 * A shop's Stripe account as its members and admins see it. {@code status}: NOT_CONNECTED (no account
 * yet), ONBOARDING (the owner has not finished Stripe's form), RESTRICTED (Stripe needs more before it
 * pays out: see {@code requirementsDue} and {@code disabledReason}), ACTIVE (transfers can be paid out).
 */
public record StripeAccountView(long vendorId, String shopName, String status, String accountId, boolean detailsSubmitted,
                                boolean chargesEnabled, boolean payoutsEnabled, int requirementsDue, String disabledReason,
                                Instant updatedAt) {

    static StripeAccountView notConnected(long vendorId, String shopName) {
        return new StripeAccountView(vendorId, shopName, "NOT_CONNECTED", null, false, false, false, 0, null, null);
    }

    static StripeAccountView of(ConnectedAccount account, String shopName) {
        ConnectedAccount.State s = account.state();
        String status = s.payoutsEnabled() ? "ACTIVE" : s.detailsSubmitted() ? "RESTRICTED" : "ONBOARDING";
        return new StripeAccountView(account.vendorId(), shopName, status, account.stripeAccountId(), s.detailsSubmitted(),
                s.chargesEnabled(), s.payoutsEnabled(), s.requirementsDue(), s.disabledReason(), account.updatedAt());
    }
}
