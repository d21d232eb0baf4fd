package dev.bazaar.identity.application;

import java.time.Instant;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.identity.domain.RefreshToken;
import dev.bazaar.identity.domain.RefreshTokens;
import dev.bazaar.identity.domain.UserAccount;
import dev.bazaar.identity.domain.UserAccounts;
import dev.bazaar.kernel.AuthenticationFailedException;
import dev.bazaar.kernel.SecretTokens;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * An app's session: a short-lived access token plus a rotating refresh token. Each refresh uses the
 * presented token up and hands out its successor; presenting a used one revokes its whole family.
 */
@Stateless
public class SessionTokens {

    static final String REFRESH_REJECTED = "This refresh token cannot be used; sign in again";


    @Inject
    RefreshTokens refreshTokens;

    @Inject
    UserAccounts accounts;

    @Inject
    AccessTokens accessTokens;

    @Inject
    SecurityAudit audit;

    /** A new session for a freshly authenticated account (a new refresh-token family). */
    public AccessTokenView start(UserAccount account, Instant now) {
        String refresh = SecretTokens.newToken();
        refreshTokens.add(RefreshToken.firstOfFamily(account.id(), SecretTokens.hash(refresh), now));
        return view(account, refresh, now);
    }

    public AccessTokenView refresh(String presented, String clientAddress) {
        Instant now = Instant.now();
        RefreshToken token = presented == null || presented.isBlank() ? null
                : refreshTokens.findForUpdate(SecretTokens.hash(presented)).orElse(null);
        if (token == null) {
            throw new AuthenticationFailedException(REFRESH_REJECTED);
        }
        switch (token.state(now)) {
            case USED -> {
                refreshTokens.revokeFamily(token.familyId(), now);
                audit.recordWithChange(SecurityAudit.REFRESH_TOKEN_REPLAYED, token.userId(), null, clientAddress,
                        "family " + token.familyId() + " revoked");
                throw new RefreshTokenReplayedException();
            }
            case REVOKED, EXPIRED -> throw new AuthenticationFailedException(REFRESH_REJECTED);
            case USABLE -> {
                // an account disabled since its last refresh gets no new tokens
            }
        }
        UserAccount account = accounts.find(token.userId())
                .filter(UserAccount::isActive)
                .orElseThrow(() -> new AuthenticationFailedException(REFRESH_REJECTED));
        String successor = SecretTokens.newToken();
        refreshTokens.add(token.rotate(SecretTokens.hash(successor), now));
        return view(account, successor, now);
    }

    /** Ends the session the token belongs to. Unknown tokens are ignored: logging out twice is fine. */
    public void end(String presented, String clientAddress) {
        if (presented == null || presented.isBlank()) {
            return;
        }
        refreshTokens.findForUpdate(SecretTokens.hash(presented)).ifPresent(token -> {
            if (refreshTokens.revokeFamily(token.familyId(), Instant.now()) > 0) {
                audit.recordWithChange(SecurityAudit.LOGOUT, token.userId(), null, clientAddress, null);
            }
        });
    }

    private AccessTokenView view(UserAccount account, String refresh, Instant now) {
        return new AccessTokenView(accessTokens.issue(account, now), "Bearer", AccessTokens.LIFETIME.toSeconds(),
                refresh, RefreshToken.LIFETIME.toSeconds());
    }

}
