package dev.bazaar.admin;

import dev.bazaar.web.SignInForm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The back office's sign-in and sign-out. */
@Named("signIn")
@RequestScoped
public class SignInView extends SignInForm {

    @Override
    protected String signedOutPage() {
        return "/login.xhtml?signedOut=true";
    }
}
