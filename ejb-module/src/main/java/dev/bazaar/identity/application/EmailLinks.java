package dev.bazaar.identity.application;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.identity.domain.AccountToken;
import dev.bazaar.identity.domain.AccountTokens;
import dev.bazaar.identity.domain.LoginThrottle;
import dev.bazaar.identity.domain.PasswordPolicy;
import dev.bazaar.identity.domain.RefreshTokens;
import dev.bazaar.identity.domain.TokenPurpose;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.notification.application.MailMessage;
import dev.bazaar.notification.application.MailOutbox;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The links Bazaar mails to an account: one that verifies its e-mail address, one that resets a
 * forgotten password. Each token works once and expires ({@link TokenPurpose}). Asking for a link
 * answers the same whether or not the address has an account, so it reveals none; asking is
 * limited per client address, and an account gets at most {@value #MAILS_PER_ACCOUNT} links of a
 * kind within the window, so nobody can flood a mailbox.
 */
@Stateless
public class EmailLinks {

    static final int MAILS_PER_ACCOUNT = 3;
    static final String INVALID_LINK = "is not valid: it was already used, it expired, or it was never issued."
            + " Ask for a new link";

    @Inject
    UserAccounts accounts;

    @Inject
    AccountTokens tokens;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    PasswordHashing passwords;

    @Inject
    SecurityAudit audit;

    @Inject
    AccountMails mails;

    @EJB
    MailOutbox outbox;

    @Inject
    Event<EmailVerified> verified;

    /** Mails a new verification link if {@code email} has an active account that is not verified yet. */
    public void requestVerificationMail(String email, String clientAddress) {
        requestLink(email, clientAddress, SecurityAudit.VERIFICATION_MAIL_REQUESTED, account -> !account.emailVerified(),
                TokenPurpose.VERIFY_EMAIL, mails::verification);
    }

    /** Mails a password-reset link if {@code email} has an active account. */
    public void requestPasswordReset(String email, String clientAddress) {
        requestLink(email, clientAddress, SecurityAudit.PASSWORD_RESET_REQUESTED, account -> true,
                TokenPurpose.RESET_PASSWORD, mails::passwordReset);
    }

    /** Marks the address verified; returns it. Every verification link of the account is used up. */
    public String verifyEmail(String token, String clientAddress) {
        Instant now = Instant.now();
        UserAccount account = accountFor(token, TokenPurpose.VERIFY_EMAIL, now);
        tokens.useUpAll(account.id(), TokenPurpose.VERIFY_EMAIL, now);
        account.verifyEmail(now);
        verified.fire(new EmailVerified(account.id(), account.email()));
        audit.recordWithChange(SecurityAudit.EMAIL_VERIFIED, account.id(), account.email(), clientAddress, null);
        return account.email();
    }

    /**
     * Sets a new password without the old one. Every session of the account ends (refresh tokens are
     * revoked) and every reset link is used up; the address counts as verified, since the person
     * just read mail sent to it.
     */
    public void resetPassword(String token, String newPassword, String clientAddress) {
        Instant now = Instant.now();
        UserAccount account = accountFor(token, TokenPurpose.RESET_PASSWORD, now);
        String problem = PasswordPolicy.problem(newPassword, account.email());
        if (problem != null) {
            throw new InvalidInputException("newPassword", problem);
        }
        account.changePasswordHash(passwords.hash(newPassword));
        if (!account.emailVerified()) {
            account.verifyEmail(now);
            verified.fire(new EmailVerified(account.id(), account.email()));
        }
        tokens.useUpAll(account.id(), TokenPurpose.RESET_PASSWORD, now);
        refreshTokens.revokeAllOf(account.id(), now);
        audit.recordWithChange(SecurityAudit.PASSWORD_RESET, account.id(), account.email(), clientAddress, null);
    }

    private void requestLink(String email, String clientAddress, String eventType, Predicate<UserAccount> wanted,
                             TokenPurpose purpose, BiFunction<UserAccount, String, MailMessage> compose) {
        String problem = EmailAddress.problem(email);
        if (problem != null) {
            throw new InvalidInputException("email", problem);
        }
        ClientThrottle.refuseWhileOverLimit(audit, eventType, clientAddress, "Too many requests for mail; try again later");
        Instant now = Instant.now();
        EmailAddress address = new EmailAddress(email);
        Optional<UserAccount> found = accounts.find(address).filter(UserAccount::isActive).filter(wanted);
        String outcome;
        if (found.isEmpty()) {
            outcome = "not sent: no such active account, or nothing to do";
        } else if (tokens.countIssuedSince(found.get().id(), purpose, now.minus(LoginThrottle.WINDOW)) >= MAILS_PER_ACCOUNT) {
            outcome = "not sent: " + MAILS_PER_ACCOUNT + " links already sent within " + LoginThrottle.WINDOW.toMinutes() + " minutes";
        } else {
            UserAccount account = found.get();
            outbox.queue(compose.apply(account, tokens.issue(account.id(), purpose, now)));
            outcome = "sent";
        }
        audit.recordWithChange(eventType, found.map(UserAccount::id).orElse(null), address.value(), clientAddress, outcome);
    }

    private UserAccount accountFor(String token, TokenPurpose purpose, Instant now) {
        if (token == null || token.isBlank()) {
            throw new InvalidInputException("token", "is required");
        }
        return tokens.findForUpdate(token.trim())
                .filter(found -> found.usableFor(purpose, now))
                .map(AccountToken::userId)
                .flatMap(accounts::find)
                .filter(UserAccount::isActive)
                .orElseThrow(() -> new InvalidInputException("token", INVALID_LINK));
    }
}
