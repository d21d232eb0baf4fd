package dev.bazaar.identity.application;

import dev.bazaar.kernel.Role;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.ForbiddenException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The container's roles come from the sign-in and are cached with the session; services that hand
 * out power check here that the caller's account is still active and still holds the role, so an
 * admin disabled or demoted since signing in is refused at once.
 */
@Stateless
public class CallerRoles {

    @Inject
    UserAccounts accounts;

    @Resource
    SessionContext caller;

    public void requireActive(Role role) {
        String name = caller.getCallerPrincipal() == null ? null : caller.getCallerPrincipal().getName();
        if (!accounts.holdsActiveRole(name, role)) {
            throw new ForbiddenException("Your account no longer holds the role " + role + "; sign in again");
        }
    }
}
