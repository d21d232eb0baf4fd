package dev.bazaar.identity.application;

import java.util.Set;

import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.kernel.Role;

/** Who just signed in on a page: enough for the web container to know the caller and their roles. */
public record SignedIn(long id, String email, String name, Set<Role> roles, Long vendorId) {

    static SignedIn of(UserAccount account) {
        return new SignedIn(account.id(), account.email(), account.displayName(),
                Set.copyOf(account.roles()), account.vendorId());
    }
}
