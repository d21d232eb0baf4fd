package dev.bazaar.identity.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.identity.domain.AccountTokens;
import dev.bazaar.identity.domain.DisplayName;
import dev.bazaar.identity.domain.PasswordPolicy;
import dev.bazaar.identity.domain.TokenPurpose;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.UniqueViolation;
import dev.bazaar.notification.application.MailOutbox;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.EventPublisher;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.PersistenceException;

/**
 * Opens customer accounts. The account row, its role, the audit record, the verification mail
 * (row and queue message) and the {@code user.registered} event share one transaction: all of
 * them happen, or none. The account cannot sign in until its address is verified.
 */
@Stateless
public class Registration {

    public static final String USER_REGISTERED = "user.registered";
    static final String EMAIL_TAKEN = "is already registered";

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    SecurityAudit audit;

    @Inject
    EventPublisher events;

    @Inject
    AccountTokens tokens;

    @Inject
    AccountMails mails;

    @EJB
    MailOutbox outbox;

    /**
     * Registers a customer. Every broken rule is reported at once, by field; a taken e-mail address
     * is a {@link ConflictException}.
     */
    public AccountView registerCustomer(String email, String password, String name, String clientAddress) {
        Map<String, String> problems = new LinkedHashMap<>();
        Accounts.putIfPresent(problems, "email", EmailAddress.problem(email));
        Accounts.putIfPresent(problems, "password", PasswordPolicy.problem(password, email));
        Accounts.putIfPresent(problems, "name", DisplayName.problem(name));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EmailAddress address = new EmailAddress(email);
        refuseWhileProbing(clientAddress);
        if (accounts.exists(address)) {
            // each refusal is counted per client address: nobody can test addresses in bulk
            audit.recordFailure(SecurityAudit.REGISTRATION_REFUSED, null, address.value(), clientAddress, EMAIL_TAKEN);
            throw new ConflictException("email", EMAIL_TAKEN);
        }
        UserAccount account;
        try {
            account = accounts.add(UserAccount.registerCustomer(address, new DisplayName(name), passwords.hash(password)));
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e).isEmpty()) {
                throw e;
            }
            // another registration of the same address committed between the check and the insert
            throw new ConflictException("email", EMAIL_TAKEN);
        }
        audit.recordWithChange(SecurityAudit.ACCOUNT_REGISTERED, account.id(), account.email(), clientAddress, null);
        outbox.queue(mails.verification(account, tokens.issue(account.id(), TokenPurpose.VERIFY_EMAIL, Instant.now())));
        events.publish(DomainEvent.now(USER_REGISTERED, String.valueOf(account.id()), Json.createObjectBuilder()
                .add("userId", account.id())
                .add("roles", Json.createArrayBuilder(account.roles().stream().map(Enum::name).toList()))
                .build()));
        return AccountView.of(account);
    }

    /** Five registrations refused for taken addresses within the window close registration for that client. */
    private void refuseWhileProbing(String clientAddress) {
        ClientThrottle.refuseWhileOverLimit(audit, SecurityAudit.REGISTRATION_REFUSED, clientAddress,
                "Too many registrations for addresses that are taken; try again later");
    }
}
