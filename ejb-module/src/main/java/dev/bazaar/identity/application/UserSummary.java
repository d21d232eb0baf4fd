package dev.bazaar.identity.application;

import java.time.Instant;
import java.util.Set;

import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.kernel.Role;

/** An account as the user-management page lists it. */
public record UserSummary(long id, String email, String name, Set<Role> roles, String status, boolean emailVerified,
                          Long vendorId, Instant createdAt) {

    static UserSummary of(UserAccount account) {
        return new UserSummary(account.id(), account.email(), account.displayName(), account.roles(),
                account.status().name(), account.emailVerified(), account.vendorId(), account.createdAt());
    }

    public boolean disabled() {
        return "DISABLED".equals(status);
    }
}
