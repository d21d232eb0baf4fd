package dev.bazaar.identity.application;

import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.AuthenticationFailedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Reads accounts for the people they belong to. */
@Stateless
public class Accounts {

    @Inject
    UserAccounts accounts;

    /**
     * The caller's own account, by the id their token names. A token for an account that is gone or
     * disabled no longer works, even before it expires.
     */
    public AccountView own(long accountId) {
        UserAccount account = accounts.find(accountId)
                .filter(UserAccount::isActive)
                .orElseThrow(() -> new AuthenticationFailedException("This account cannot be used"));
        return AccountView.of(account);
    }
}
