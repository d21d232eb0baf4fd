package dev.bazaar.identity.application;

import java.time.Instant;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.identity.domain.LoginThrottle;
import dev.bazaar.kernel.TooManyAttemptsException;

/**
 * Limits what one client address may ask for (registrations refused, mail requested): after
 * {@value LoginThrottle#MAX_FAILURES} audited events of a kind within the window, it must wait.
 */
final class ClientThrottle {

    private ClientThrottle() {
    }

    static void refuseWhileOverLimit(SecurityAudit audit, String eventType, String clientAddress, String message) {
        Instant now = Instant.now();
        SecurityAudit.Tally tally = audit.countFromClient(eventType, clientAddress, now.minus(LoginThrottle.WINDOW));
        LoginThrottle.retryAfter(now, new LoginThrottle.Failures(tally.count(), tally.oldest())).ifPresent(wait -> {
            throw new TooManyAttemptsException(message, wait);
        });
    }
}
