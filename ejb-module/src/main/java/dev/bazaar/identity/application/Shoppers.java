package dev.bazaar.identity.application;

import java.security.Principal;
import java.util.Optional;

import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.AuthenticationFailedException;
import dev.bazaar.kernel.EmailAddress;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Tells other contexts' services who is shopping: the active account behind the container's caller
 * principal (an e-mail address on every entry point), or nobody for a guest. A disabled account is
 * nobody at once, whatever its session or token says.
 */
@Dependent
public class Shoppers {

    /** A signed-in shopper as carts and orders know them. */
    public record Shopper(long id, String email, String name) {
    }

    @Inject
    UserAccounts accounts;

    public Optional<Shopper> signedIn(Principal caller) {
        String name = caller == null ? null : caller.getName();
        if (name == null || EmailAddress.problem(name) != null) {
            return Optional.empty();
        }
        return accounts.find(new EmailAddress(name))
                .filter(UserAccount::isActive)
                .map(a -> new Shopper(a.id(), a.email(), a.displayName()));
    }

    /** The signed-in shopper; nobody is a 401 that says {@code signInTo}. */
    public Shopper required(Principal caller, String signInTo) {
        return signedIn(caller).orElseThrow(() -> new AuthenticationFailedException(signInTo));
    }
}
