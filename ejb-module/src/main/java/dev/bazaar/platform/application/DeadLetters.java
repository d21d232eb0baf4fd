package dev.bazaar.platform.application;

import java.util.UUID;
import java.util.regex.Pattern;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Platform admins' view of the messages consumers gave up on: list them, read one, send one back to
 * the queue it failed in (only that queue, so only the consumer that failed sees it again; consumers
 * are idempotent, so a replay is safe), or discard it. Replaying and discarding are audited with the
 * admin who did it; each call checks that the caller is still an active admin.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class DeadLetters {

    /** What a message id can look like in a URL and in a selector: no quotes, no spaces. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String JMS_ID_PREFIX = "ID:";

    @Inject
    DeadLetterQueue queue;

    @Inject
    SecurityAudit audit;

    @Inject
    CallerScope callers;

    @Resource
    SessionContext caller;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeadLetterListing list(UUID eventId, PageRequest page) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return queue.browse(eventId, page);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeadLetterView letter(String id) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return find(id);
    }

    /** Sends the message back to the queue it failed in and takes it off the dead-letter queue, in one transaction. */
    public DeadLetterView replay(String id) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        DeadLetterView letter = find(id);
        if (letter.origin() == null) {
            throw new ConflictException("origin", "is unknown: the broker recorded no queue for this message, so it can only be discarded");
        }
        if (letter.body() == null) {
            throw new ConflictException("body", "is not text; only text messages are replayed");
        }
        if (!queue.consumerReads(letter.origin())) {
            throw new ConflictException("origin", letter.origin() + " is not a queue a Bazaar consumer reads, so the message can only be discarded");
        }
        if (!queue.replay(letter.id(), letter.origin())) {
            throw gone(id);
        }
        audit.recordWithChange(SecurityAudit.DEAD_LETTER_REPLAYED, null, null, null,
                describe(letter) + " sent back to " + letter.origin() + " by " + caller.getCallerPrincipal().getName());
        return letter;
    }

    public DeadLetterView discard(String id) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        DeadLetterView letter = find(id);
        if (!queue.discard(letter.id())) {
            throw gone(id);
        }
        audit.recordWithChange(SecurityAudit.DEAD_LETTER_DISCARDED, null, null, null,
                describe(letter) + " from " + (letter.origin() == null ? "an unknown queue" : letter.origin())
                        + " discarded by " + caller.getCallerPrincipal().getName());
        return letter;
    }

    /** Accepts the id with or without the {@code ID:} prefix JMS puts before it. */
    private DeadLetterView find(String id) {
        String bare = id != null && id.startsWith(JMS_ID_PREFIX) ? id.substring(JMS_ID_PREFIX.length()) : id;
        if (bare == null || !ID.matcher(bare).matches()) {
            throw new NotFoundException("No dead letter " + id);
        }
        return queue.find(bare).orElseThrow(() -> new NotFoundException("No dead letter " + id));
    }

    private static NotFoundException gone(String id) {
        return new NotFoundException("Dead letter " + id + " is gone: another admin replayed or discarded it");
    }

    private static String describe(DeadLetterView letter) {
        return "message " + letter.messageId()
                + (letter.eventId() == null ? "" : " (event " + letter.eventType() + " " + letter.eventId() + ")");
    }
}
