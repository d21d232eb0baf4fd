package dev.bazaar.identity.application;

/**
 * What a web module's sign-in form learns from the identity store besides yes or no: Jakarta Security
 * only answers that the credentials were not accepted, so the store marks the request when the
 * password was right but the e-mail address is not verified yet ({@link EmailNotVerifiedException}).
 */
public final class FormSignIn {

    /** Request attribute, {@code Boolean.TRUE} after a sign-in refused only for an unverified address. */
    public static final String UNVERIFIED_ATTRIBUTE = "dev.bazaar.signIn.unverified";

    private FormSignIn() {
    }
}
