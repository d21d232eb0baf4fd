package dev.bazaar.identity.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.identity.domain.DisplayName;
import dev.bazaar.identity.domain.LoginThrottle;
import dev.bazaar.identity.domain.PasswordPolicy;
import dev.bazaar.identity.domain.RefreshTokens;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.AuthenticationFailedException;
import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.PhoneNumber;
import dev.bazaar.kernel.TooManyAttemptsException;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Each person's own account: reading it, changing their profile and their password. */
@Stateless
public class Accounts {

    @Inject
    UserAccounts accounts;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    PasswordHashing passwords;

    @Inject
    SecurityAudit audit;

    @Resource
    SessionContext caller;

    /**
     * The caller's own account, by the id their token names. A token for an account that is gone or
     * disabled no longer works, even before it expires.
     */
    public AccountView own(long accountId) {
        return AccountView.of(usable(accountId));
    }

    /** Changes the caller's own name and phone; every broken rule is reported by field. */
    public AccountView updateProfile(long accountId, String name, String phone) {
        Map<String, String> problems = new LinkedHashMap<>();
        putIfPresent(problems, "name", DisplayName.problem(name));
        putIfPresent(problems, "phone", PhoneNumber.problem(phone));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserAccount account = usable(accountId);
        account.updateProfile(new DisplayName(name), phone);
        return AccountView.of(account);
    }

    /**
     * Changes the caller's password after checking the current one, and ends every session
     * elsewhere (refresh tokens); access tokens already issued run out within 15 minutes.
     */
    public void changePassword(long accountId, String currentPassword, String newPassword, String clientAddress) {
        UserAccount account = usable(accountId);
        // guessing the current password (with a stolen access token, say) is throttled per account on
        // its own counter: counted as failed logins, a token thief could lock the owner out of signing in
        refuseWhileGuessing(account);
        Map<String, String> problems = new LinkedHashMap<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            problems.put("currentPassword", "is required");
        } else if (!passwords.matches(currentPassword, account.passwordHash())) {
            audit.recordFailure(SecurityAudit.PASSWORD_CHANGE_FAILED, account.id(), account.email(), clientAddress,
                    "wrong current password on password change");
            problems.put("currentPassword", "is not your current password");
        }
        putIfPresent(problems, "newPassword", PasswordPolicy.problem(newPassword, account.email()));
        if (problems.isEmpty() && newPassword.equals(currentPassword)) {
            problems.put("newPassword", "must differ from the current password");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePasswordHash(passwords.hash(newPassword));
        refreshTokens.revokeAllOf(account.id(), Instant.now());
        audit.recordWithChange(SecurityAudit.PASSWORD_CHANGED, account.id(), account.email(), clientAddress, null);
    }

    /**
     * After {@value LoginThrottle#MAX_FAILURES} wrong current passwords on password changes within
     * {@link LoginThrottle#WINDOW}, the account may not try again until the oldest leaves the window.
     */
    private void refuseWhileGuessing(UserAccount account) {
        Instant now = Instant.now();
        SecurityAudit.Tally tally = audit.countForEmail(SecurityAudit.PASSWORD_CHANGE_FAILED, account.email(),
                now.minus(LoginThrottle.WINDOW));
        LoginThrottle.retryAfter(now, new LoginThrottle.Failures(tally.count(), tally.oldest())).ifPresent(wait -> {
            throw new TooManyAttemptsException("Too many wrong current passwords; try again later", wait);
        });
    }

    /** The signed-in caller's own account (web pages, where the caller is known by e-mail). */
    public AccountView current() {
        return AccountView.of(callerAccount());
    }

    /** The currency the signed-in caller chose to shop in ({@code "all"}: every currency), if they chose one. */
    public Optional<String> currentCurrencyChoice() {
        return callerAccount().preferredCurrency();
    }

    /**
     * Keeps the signed-in caller's currency choice on their account, so it follows them to another
     * browser: an ISO 4217 code ({@code NOK}) or {@code "all"}.
     */
    public void rememberCurrentCurrencyChoice(String choice) {
        if (choice == null || !choice.matches("[A-Z]{3}|all")) {
            throw new InvalidInputException("currency", "must be an ISO 4217 code such as NOK, or all");
        }
        callerAccount().chooseCurrency(choice);
    }

    public AccountView updateCurrentProfile(String name, String phone) {
        return updateProfile(callerAccount().id(), name, phone);
    }

    public void changeCurrentPassword(String currentPassword, String newPassword, String clientAddress) {
        changePassword(callerAccount().id(), currentPassword, newPassword, clientAddress);
    }

    private UserAccount callerAccount() {
        String name = caller.getCallerPrincipal() == null ? null : caller.getCallerPrincipal().getName();
        return (name == null || EmailAddress.problem(name) != null ? Optional.<UserAccount>empty()
                : accounts.find(new EmailAddress(name)))
                .filter(UserAccount::isActive)
                .orElseThrow(() -> new AuthenticationFailedException("Sign in first"));
    }

    private UserAccount usable(long accountId) {
        return accounts.find(accountId)
                .filter(UserAccount::isActive)
                .orElseThrow(() -> new AuthenticationFailedException("This account cannot be used"));
    }

    static void putIfPresent(Map<String, String> problems, String field, String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }
}
