package dev.bazaar.identity.infrastructure;

import java.util.stream.Collectors;

import dev.bazaar.identity.application.Authentication;
import dev.bazaar.identity.application.EmailNotVerifiedException;
import dev.bazaar.identity.application.FormSignIn;
import dev.bazaar.identity.application.SignedIn;
import dev.bazaar.kernel.AuthenticationFailedException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Role;
import dev.bazaar.kernel.TooManyAttemptsException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Jakarta Security's view of Bazaar's accounts, for form logins on the web modules: the caller is
 * the account's e-mail address, its groups are its roles. Checks, throttling and auditing are the
 * identity service's, the same as for the API.
 */
@ApplicationScoped
public class BazaarIdentityStore implements IdentityStore {

    @EJB
    Authentication authentication;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        try {
            SignedIn account = authentication.signIn(credential.getCaller(), credential.getPasswordAsString(),
                    request.getRemoteAddr());
            // the container knows roles as group names
            return new CredentialValidationResult(account.email(),
                    account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
        } catch (EmailNotVerifiedException e) {
            request.setAttribute(FormSignIn.UNVERIFIED_ATTRIBUTE, Boolean.TRUE);
            return CredentialValidationResult.INVALID_RESULT;
        } catch (AuthenticationFailedException | TooManyAttemptsException | InvalidInputException e) {
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
