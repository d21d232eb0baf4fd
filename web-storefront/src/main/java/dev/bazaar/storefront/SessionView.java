package dev.bazaar.storefront;

import dev.bazaar.web.SignInForm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Signing in and out of the storefront, and who is signed in; a refused sign-in is told in the shopper's language. */
@Named("visitor")
@RequestScoped
public class SessionView extends SignInForm {

    @Override
    protected String signedOutPage() {
        return "/?signedOut=true";
    }

    @Override
    protected String unverifiedText() {
        return Texts.text("signIn.unverified");
    }

    @Override
    protected String tooManyAttemptsText(long minutes) {
        return Texts.text("signIn.tooManyAttempts", minutes);
    }

    @Override
    protected String refusedText() {
        return Texts.text("signIn.refused");
    }
}
