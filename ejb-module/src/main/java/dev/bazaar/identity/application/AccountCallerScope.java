package dev.bazaar.identity.application;

import java.util.Optional;
import java.util.Set;

import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The caller's scope read live from their account: an admin disabled or demoted a minute ago is no
 * longer an admin, a member removed from a shop no longer reaches its rows.
 */
@Stateless
@DeclareRoles({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF", "CUSTOMER"})
public class AccountCallerScope implements CallerScope {

    @Resource
    SessionContext caller;

    @Inject
    UserAccounts accounts;

    @Override
    public String email() {
        return caller.getCallerPrincipal().getName();
    }

    @Override
    public void requireActive(Role role) {
        String name = caller.getCallerPrincipal() == null ? null : caller.getCallerPrincipal().getName();
        if (!accounts.holdsActiveRole(name, role)) {
            throw new ForbiddenException("Your account no longer holds the role " + role + "; sign in again");
        }
    }

    @Override
    public boolean isActiveAdmin() {
        return caller.isCallerInRole(Role.PLATFORM_ADMIN.name()) && accounts.holdsActiveRole(email(), Role.PLATFORM_ADMIN);
    }

    @Override
    public Optional<Long> shop(Set<Role> roles) {
        return accounts.activeVendorOf(email(), roles);
    }

    @Override
    public long shop(Set<Role> roles, String refusal) {
        return shop(roles).orElseThrow(() -> new ForbiddenException(refusal));
    }

    @Override
    public long memberShop() {
        return shop(Role.SHOP_MEMBERS, "Your account does not work for a shop");
    }

    @Override
    public boolean worksFor(long vendorId) {
        return accounts.activeVendorOf(email(), Role.SHOP_MEMBERS).filter(shop -> shop == vendorId).isPresent();
    }

}
