package dev.bazaar.identity.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.identity.domain.EmailAddress;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.AuthenticationFailedException;
import dev.bazaar.kernel.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Checks credentials and issues access tokens. A wrong password, an unknown address and a disabled
 * account all get the same answer, in about the same time, so the answer tells nothing about which
 * accounts exist. Every attempt is audited.
 */
@Stateless
public class Authentication {

    static final String WRONG_CREDENTIALS = "The e-mail address or the password is wrong";

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    AccessTokens tokens;

    @Inject
    SecurityAudit audit;

    public AccessTokenView login(String email, String password, String clientAddress) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (email == null || email.isBlank()) {
            missing.put("email", "is required");
        }
        if (password == null || password.isEmpty()) {
            missing.put("password", "is required");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Optional<UserAccount> found = EmailAddress.problem(email) == null
                ? accounts.find(new EmailAddress(email)) : Optional.empty();
        boolean passwordMatches = passwords.matches(password, found.map(UserAccount::passwordHash).orElse(null));
        if (found.isEmpty() || !passwordMatches || !found.get().isActive()) {
            String detail = found.isEmpty() ? "unknown address" : !passwordMatches ? "wrong password" : "account disabled";
            audit.recordFailure(SecurityAudit.LOGIN_FAILED, found.map(UserAccount::id).orElse(null),
                    email.trim().toLowerCase(Locale.ROOT), clientAddress, detail);
            throw new AuthenticationFailedException(WRONG_CREDENTIALS);
        }
        UserAccount account = found.get();
        audit.recordWithChange(SecurityAudit.LOGIN_SUCCEEDED, account.id(), account.email(), clientAddress, null);
        return new AccessTokenView(tokens.issue(account, Instant.now()), "Bearer", AccessTokens.LIFETIME.toSeconds());
    }
}
