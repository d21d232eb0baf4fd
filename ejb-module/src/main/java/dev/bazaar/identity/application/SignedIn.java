package dev.bazaar.identity.application;

import java.util.Set;
import java.util.stream.Collectors;

import dev.bazaar.identity.domain.UserAccount;

/** Who just signed in on a page: enough for the web container to know the caller and their roles. */
public record SignedIn(long id, String email, String name, Set<String> roles, Long vendorId) {

    static SignedIn of(UserAccount account) {
        return new SignedIn(account.id(), account.email(), account.displayName(),
                account.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()), account.vendorId());
    }
}
