package dev.bazaar.identity.application;

import java.util.Optional;
import java.util.Set;

import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Who is calling, which shop they work for and in which role: the one place every service asks.
 * The container's roles come with the session or the access token and may be stale, so what decides
 * is read live from the account (an admin disabled a minute ago is no longer an admin; a member
 * removed from a shop no longer reaches its rows).
 */
@Stateless
@DeclareRoles({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF", "CUSTOMER"})
public class CallerScope {

    @Resource
    SessionContext caller;

    @Inject
    UserAccounts accounts;

    /** The signed-in account's e-mail address (the principal's name). */
    public String email() {
        return caller.getCallerPrincipal().getName();
    }

    /** Whether the caller holds PLATFORM_ADMIN and the account is still active with that role. */
    public boolean isActiveAdmin() {
        return caller.isCallerInRole(Role.PLATFORM_ADMIN.name()) && accounts.isActiveWithRole(email(), Role.PLATFORM_ADMIN);
    }

    /** The shop the caller's active account works for, if it holds one of {@code roles} there. */
    public Optional<Long> shop(Set<Role> roles) {
        return accounts.activeVendorOf(email(), roles);
    }

    /** The caller's shop, or a refusal with {@code refusal} when the account holds none of {@code roles} in one. */
    public long shop(Set<Role> roles, String refusal) {
        return shop(roles).orElseThrow(() -> new ForbiddenException(refusal));
    }

    /** The caller's shop, for any member of it. */
    public long memberShop() {
        return shop(Role.SHOP_MEMBERS, "Your account does not work for a shop");
    }

    /** Whether the caller's active account works for {@code vendorId}, in any role. */
    public boolean worksFor(long vendorId) {
        return accounts.activeVendorOf(email(), Role.SHOP_MEMBERS).filter(shop -> shop == vendorId).isPresent();
    }

    /** Empty for an active platform admin (every shop); otherwise the member's own shop, or a refusal. */
    public Optional<Long> shopUnlessAdmin(String refusal) {
        return isActiveAdmin() ? Optional.empty() : Optional.of(shop(Role.SHOP_MEMBERS, refusal));
    }
}
