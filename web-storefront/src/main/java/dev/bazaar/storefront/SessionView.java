package dev.bazaar.storefront;

import dev.bazaar.web.SignInForm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Signing in and out of the storefront, and who is signed in. */
@Named("visitor")
@RequestScoped
public class SessionView extends SignInForm {

    @Override
    protected String signedOutPage() {
        return "/?signedOut=true";
    }
}
