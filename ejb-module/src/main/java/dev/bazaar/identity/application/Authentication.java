package dev.bazaar.identity.application;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.identity.domain.LoginThrottle;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.AuthenticationFailedException;
import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.TooManyAttemptsException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Checks credentials and issues access tokens. A wrong password, an unknown address and a disabled
 * account all get the same answer, in about the same time, so the answer tells nothing about which
 * accounts exist. Every attempt is audited, and repeated failures are throttled ({@link LoginThrottle}).
 * The right password for an account whose address is not verified yet gets {@link EmailNotVerifiedException}.
 */
@Stateless
public class Authentication {

    static final String WRONG_CREDENTIALS = "The e-mail address or the password is wrong";
    static final String TOO_MANY_ATTEMPTS = "Too many failed logins; try again later";

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    SessionTokens sessions;

    @Inject
    SecurityAudit audit;

    /** An app's login: the credentials buy an access token and a refresh token. */
    public AccessTokenView login(String email, String password, String clientAddress) {
        return sessions.start(verify(email, password, clientAddress), Instant.now());
    }

    /** A person's login on a page: the same checks, throttle and audit; the web container keeps the session. */
    public SignedIn signIn(String email, String password, String clientAddress) {
        return SignedIn.of(verify(email, password, clientAddress));
    }

    /** How long {@code email} from {@code clientAddress} must wait before logging in again, if at all. */
    public Optional<Duration> waitBeforeNextAttempt(String email, String clientAddress) {
        Instant now = Instant.now();
        Instant since = now.minus(LoginThrottle.WINDOW);
        String normalized = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
        return LoginThrottle.retryAfter(now,
                failures(audit.countForEmail(SecurityAudit.LOGIN_FAILED, normalized, since)),
                failures(audit.countFromClient(SecurityAudit.LOGIN_FAILED, clientAddress, since)));
    }

    private UserAccount verify(String email, String password, String clientAddress) {
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
        String addressProblem = EmailAddress.problem(email);
        if (addressProblem != null) {
            throw new InvalidInputException("email", addressProblem); // says nothing about any account
        }
        String normalizedEmail = new EmailAddress(email).value();
        accounts.lockLoginAttempts(normalizedEmail);
        refuseWhileThrottled(normalizedEmail, clientAddress);
        Optional<UserAccount> found = accounts.find(new EmailAddress(email));
        boolean passwordMatches = passwords.matches(password, found.map(UserAccount::passwordHash).orElse(null));
        if (found.isEmpty() || !passwordMatches || !found.get().isActive()) {
            String detail = found.isEmpty() ? "unknown address" : !passwordMatches ? "wrong password" : "account disabled";
            audit.recordFailure(SecurityAudit.LOGIN_FAILED, found.map(UserAccount::id).orElse(null),
                    normalizedEmail, clientAddress, detail);
            throw new AuthenticationFailedException(WRONG_CREDENTIALS);
        }
        UserAccount account = found.get();
        if (!account.emailVerified()) {
            // the password was right, so saying why is safe; not a failure the throttle counts
            audit.recordFailure(SecurityAudit.LOGIN_UNVERIFIED, account.id(), normalizedEmail, clientAddress, null);
            throw new EmailNotVerifiedException();
        }
        audit.recordWithChange(SecurityAudit.LOGIN_SUCCEEDED, account.id(), account.email(), clientAddress, null);
        return account;
    }

    private static LoginThrottle.Failures failures(SecurityAudit.Tally tally) {
        return new LoginThrottle.Failures(tally.count(), tally.oldest());
    }

    /** Throttled attempts are audited but not counted as failures, so waiting always ends the lock. */
    private void refuseWhileThrottled(String email, String clientAddress) {
        Optional<Duration> wait = waitBeforeNextAttempt(email, clientAddress);
        if (wait.isPresent()) {
            audit.recordFailure(SecurityAudit.LOGIN_THROTTLED, null, email, clientAddress,
                    "retry after " + wait.get().toSeconds() + " s");
            throw new TooManyAttemptsException(TOO_MANY_ATTEMPTS, wait.get());
        }
    }
}
