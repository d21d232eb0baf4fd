package dev.bazaar.identity.application;

import java.util.Optional;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.identity.domain.Role;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.NotFoundException;
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
