package dev.bazaar.storefront;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Shoppers browse without signing in; account pages (and later checkout) ask for it with the
 * storefront's own sign-in page. web.xml lists the protected pages.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF", "CUSTOMER"})
@ApplicationScoped
public class StorefrontSecurity {
}
