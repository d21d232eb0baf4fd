package dev.bazaar.identity.application;

import java.util.List;
import java.util.Optional;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Gives an account a role in a vendor's shop, audited, inside the caller's transaction (the vendor
 * context's approval or invitation decides who; this is how it happens to the account).
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class VendorStaffing {

    @Inject
    UserAccounts accounts;

    @Inject
    SecurityAudit audit;

    /** Returns the account's e-mail address, for the mail that tells them. */
    public String grant(long accountId, long vendorId, Role role, String grantedBy) {
        UserAccount account = accounts.find(accountId)
                .orElseThrow(() -> new NotFoundException("No account with id " + accountId));
        var before = account.roles();
        try {
            account.joinVendor(vendorId, role);
        } catch (IllegalStateException e) {
            throw new ConflictException("account", "already works for another shop");
        }
        audit.recordWithChange(SecurityAudit.ROLES_CHANGED, account.id(), account.email(), null,
                before + " -> " + account.roles() + " in vendor " + vendorId + " by " + grantedBy);
        return account.email();
    }

    /** Someone working for a shop, with their role in it. */
    public record StaffMember(long accountId, String email, String displayName, String role) {
    }

    public List<StaffMember> members(long vendorId) {
        return accounts.ofVendor(vendorId).stream()
                .map(a -> new StaffMember(a.id(), a.email(), a.displayName(), a.roles().stream()
                        .filter(Role::isVendorRole).map(Role::name).findFirst().orElse("")))
                .toList();
    }

    /** The account signed in under this e-mail address, if any. */
    public Optional<Long> accountIdOf(String email) {
        try {
            return accounts.find(new EmailAddress(email)).map(UserAccount::id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The vendor the account works for, if any. */
    public Optional<Long> vendorOf(long accountId) {
        return accounts.find(accountId).map(UserAccount::vendorId);
    }

    /** The account's e-mail address (where decisions about its application are mailed). */
    public String emailOf(long accountId) {
        return accounts.find(accountId).map(UserAccount::email)
                .orElseThrow(() -> new NotFoundException("No account with id " + accountId));
    }
}
