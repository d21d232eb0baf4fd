package dev.bazaar.identity.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.identity.domain.RefreshTokens;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Platform admins manage accounts: find them, disable and enable them, change their roles. The
 * container refuses every other caller. Each change is audited with the admin who made it; a
 * disabled account's sessions end at once.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class UserAdministration {

    @Inject
    UserAccounts accounts;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    SecurityAudit audit;

    @Resource
    SessionContext caller;

    @Inject
    CallerScope callers;

    public Page<UserSummary> users(String search, PageRequest page) {
        requireActiveAdmin();
        String text = search == null || search.isBlank() ? null : search.trim();
        return accounts.search(text, page).map(UserSummary::of);
    }

    public UserSummary disable(long accountId) {
        requireActiveAdmin();
        UserAccount account = account(accountId);
        if (isCaller(account)) {
            throw new ConflictException("account", "is your own; another admin must disable it");
        }
        account.disable();
        refreshTokens.revokeAllOf(account.id(), Instant.now());
        audit.recordWithChange(SecurityAudit.ACCOUNT_DISABLED, account.id(), account.email(), null, "by " + callerName());
        return UserSummary.of(account);
    }

    public UserSummary enable(long accountId) {
        requireActiveAdmin();
        UserAccount account = account(accountId);
        if (isCaller(account)) {
            throw new ConflictException("account", "is your own; another admin must enable it");
        }
        account.enable();
        audit.recordWithChange(SecurityAudit.ACCOUNT_ENABLED, account.id(), account.email(), null, "by " + callerName());
        return UserSummary.of(account);
    }

    public UserSummary changeRoles(long accountId, Set<Role> roles) {
        requireActiveAdmin();
        UserAccount account = account(accountId);
        Set<Role> wanted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (isCaller(account) && !wanted.contains(Role.PLATFORM_ADMIN)) {
            throw new ConflictException("roles", "would remove your own admin role; another admin must do it");
        }
        Set<Role> before = account.roles();
        try {
            account.replaceRoles(wanted);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("roles", e.getMessage());
        }
        audit.recordWithChange(SecurityAudit.ROLES_CHANGED, account.id(), account.email(), null,
                before + " -> " + wanted + " by " + callerName());
        return UserSummary.of(account);
    }

    private void requireActiveAdmin() {
        callers.requireActive(Role.PLATFORM_ADMIN);
    }

    private UserAccount account(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new NotFoundException("No account with id " + accountId));
    }

    private boolean isCaller(UserAccount account) {
        return account.email().equals(callerName());
    }

    private String callerName() {
        return caller.getCallerPrincipal().getName();
    }
}
