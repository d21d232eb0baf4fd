package dev.bazaar.payment.application;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Role;
import dev.bazaar.kernel.UnavailableException;
import dev.bazaar.payment.domain.ConnectedAccount;
import dev.bazaar.payment.domain.ConnectedAccounts;
import dev.bazaar.vendor.application.ShopDirectory;
import dev.bazaar.vendor.application.ShopDirectory.ShopFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The shops' Stripe Express accounts (Connect), through which card sales are paid out to them. A shop's
 * owner connects one: the first time Bazaar makes the account at Stripe (one per shop, under the key
 * {@code bazaar-account-<shop id>}, so a retry finds the same one) and then hands out a one-time link to
 * Stripe's onboarding, which returns to the back office. Stripe reports the account's progress with
 * {@code account.updated}. Members of the shop read its state; admins read every shop's.
 */
@Stateless
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class StripeAccounts {

    /** A link to Stripe's onboarding for the account, usable once and for a few minutes. */
    public record OnboardingLink(String url, StripeAccountView account) {
    }

    @Inject
    CardGateway gateway;

    @Inject
    ConnectedAccounts accounts;

    @Inject
    ShopDirectory shops;

    @Inject
    CallerScope callers;

    @EJB
    StripeAccountRecords records;

    @Inject
    @ConfigProperty(name = "bazaar.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    /** The owner's way to Stripe's onboarding; makes the shop's account the first time. Stripe is called outside any transaction. */
    @RolesAllowed("VENDOR_OWNER")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OnboardingLink connect() {
        long shopId = callers.shop(Set.of(Role.VENDOR_OWNER), "Only the shop's owner connects its Stripe account");
        ShopFacts shop = shops.get(shopId);
        ConnectedAccount account = accounts.ofShop(shopId).orElseGet(() -> records.record(shopId, create(shop)));
        String back = publicUrl + "/admin/shop.xhtml";
        try {
            String url = gateway.onboardingLink(account.stripeAccountId(), back + "?stripe=refresh", back + "?stripe=return");
            return new OnboardingLink(url, StripeAccountView.of(account, shop.name()));
        } catch (GatewayException e) {
            throw refusal(e);
        }
    }

    private CardGateway.Account create(ShopFacts shop) {
        try {
            return gateway.createAccount(new CardGateway.AccountRequest(shop.country(), shop.contactEmail(), shop.name(),
                    Map.of("bazaar_vendor_id", Long.toString(shop.id()))), "bazaar-account-" + shop.id());
        } catch (GatewayException e) {
            throw refusal(e);
        }
    }

    private static RuntimeException refusal(GatewayException e) {
        return e.retryable() ? new UnavailableException("Stripe did not answer; nothing was changed. Try again in a moment.")
                : new InvalidInputException("stripeAccount", "Stripe refused: " + e.getMessage());
    }

    /** The caller's shop's account, for any member of it. */
    @RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
    public StripeAccountView myAccount() {
        ShopFacts shop = shops.get(callers.memberShop());
        return accounts.ofShop(shop.id()).map(a -> StripeAccountView.of(a, shop.name()))
                .orElseGet(() -> StripeAccountView.notConnected(shop.id(), shop.name()));
    }

    /** Every connected shop's account, the most recently changed first. */
    @RolesAllowed("PLATFORM_ADMIN")
    public List<StripeAccountView> allAccounts() {
        callers.requireActive(Role.PLATFORM_ADMIN);
        List<ConnectedAccount> all = accounts.all();
        Map<Long, ShopFacts> names = shops.findAll(all.stream().map(ConnectedAccount::vendorId).toList());
        return all.stream().map(a -> StripeAccountView.of(a, names.get(a.vendorId()).name())).toList();
    }

    static ConnectedAccount.State stateOf(CardGateway.Account a) {
        return new ConnectedAccount.State(a.detailsSubmitted(), a.chargesEnabled(), a.payoutsEnabled(), a.requirementsDue(),
                a.disabledReason());
    }
}
