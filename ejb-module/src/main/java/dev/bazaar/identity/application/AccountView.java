package dev.bazaar.identity.application;

import java.time.Instant;
import java.util.Set;

import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.kernel.Role;

/** An account as its owner and admins see it (never the password hash). */
public record AccountView(long id, String email, String name, String phone, Set<Role> roles,
                          boolean emailVerified, String status, Instant createdAt) {

    static AccountView of(UserAccount account) {
        return new AccountView(account.id(), account.email(), account.displayName(), account.phone(), account.roles(),
                account.emailVerified(), account.status().name(), account.createdAt());
    }
}
