package dev.bazaar.platform.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.bazaar.audit.application.SecurityAudit;
import dev.bazaar.kernel.BulkOutcome;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
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
    private static final String GONE = "no longer in the dead-letter queue: another admin replayed or discarded it";
    /** Messages a bulk action handles in one transaction. */
    public static final int BATCH = 100;
    /** Messages one selection may name (a page of the table at most; "all matching" goes in batches). */
    public static final int MAX_SELECTION = BATCH;

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

    /**
     * Replays the selected messages in one transaction: they are read in one pass, those that cannot go
     * back (no queue recorded, not text, no consumer reads the queue) are refused with the reason, the
     * others are taken off with one consumer and sent back, each audited as a single replay is.
     */
    public BulkOutcome replayAll(List<String> ids) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        BulkOutcome.Tally tally = new BulkOutcome.Tally();
        Map<String, DeadLetterView> letters = selected(ids, tally);
        List<String> replayable = new ArrayList<>();
        letters.forEach((id, letter) -> {
            String refusal = letter.origin() == null ? "the broker recorded no queue for it: it can only be discarded"
                    : letter.body() == null ? "it is not text: only text messages are replayed"
                    : !queue.consumerReads(letter.origin()) ? letter.origin() + " is not a queue a Bazaar consumer reads"
                    : null;
            if (refusal == null) {
                replayable.add(id);
            } else {
                tally.refused(id, refusal);
            }
        });
        Set<String> taken = queue.replayAll(replayable);
        for (String id : replayable) {
            DeadLetterView letter = letters.get(id);
            if (taken.contains(id)) {
                audit.recordWithChange(SecurityAudit.DEAD_LETTER_REPLAYED, null, null, null,
                        describe(letter) + " sent back to " + letter.origin() + " by " + caller.getCallerPrincipal().getName());
                tally.done(id);
            } else {
                tally.refused(id, GONE);
            }
        }
        return tally.outcome();
    }

    /** Discards the selected messages in one transaction, each audited as a single discard is. */
    public BulkOutcome discardAll(List<String> ids) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        BulkOutcome.Tally tally = new BulkOutcome.Tally();
        Map<String, DeadLetterView> letters = selected(ids, tally);
        Set<String> taken = queue.discardAll(letters.keySet());
        letters.forEach((id, letter) -> {
            if (taken.contains(id)) {
                audit.recordWithChange(SecurityAudit.DEAD_LETTER_DISCARDED, null, null, null,
                        describe(letter) + " from " + (letter.origin() == null ? "an unknown queue" : letter.origin())
                                + " discarded by " + caller.getCallerPrincipal().getName());
                tally.done(id);
            } else {
                tally.refused(id, GONE);
            }
        });
        return tally.outcome();
    }

    /**
     * Replays every message the filter matches ({@code eventId}, null for all), however many: their ids
     * are read in one pass on the server, then replayed {@value #BATCH} to a transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkOutcome replayMatching(UUID eventId) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        DeadLetters self = caller.getBusinessObject(DeadLetters.class);
        return inBatches(queue.matchingIds(eventId, DeadLetterListing.COUNT_LIMIT), self::replayAll);
    }

    /** Discards every message the filter matches, {@value #BATCH} to a transaction (see {@link #replayMatching}). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkOutcome discardMatching(UUID eventId) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        DeadLetters self = caller.getBusinessObject(DeadLetters.class);
        return inBatches(queue.matchingIds(eventId, DeadLetterListing.COUNT_LIMIT), self::discardAll);
    }

    private static BulkOutcome inBatches(List<String> ids, Function<List<String>, BulkOutcome> batch) {
        List<String> done = new ArrayList<>();
        List<BulkOutcome.Refusal> refused = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            BulkOutcome outcome = batch.apply(ids.subList(from, Math.min(from + BATCH, ids.size())));
            done.addAll(outcome.done());
            refused.addAll(outcome.refused());
        }
        return new BulkOutcome(done, refused);
    }

    /** The selected messages still in the queue, by bare id; an id that is not there is refused. */
    private Map<String, DeadLetterView> selected(List<String> ids, BulkOutcome.Tally tally) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInputException("ids", "must name at least one message");
        }
        if (ids.size() > MAX_SELECTION) {
            throw new InvalidInputException("ids", "may name at most " + MAX_SELECTION + " messages at a time");
        }
        Set<String> wellFormed = new LinkedHashSet<>();
        for (String id : ids) {
            String bare = bare(id);
            if (bare == null || !ID.matcher(bare).matches()) {
                tally.refused(id, "not a message id");
            } else {
                wellFormed.add(bare);
            }
        }
        Map<String, DeadLetterView> letters = new LinkedHashMap<>();
        queue.findAll(wellFormed).forEach(letter -> letters.put(letter.id(), letter));
        wellFormed.stream().filter(id -> !letters.containsKey(id)).forEach(id -> tally.refused(id, GONE));
        return letters;
    }

    private static String bare(String id) {
        return id != null && id.startsWith(JMS_ID_PREFIX) ? id.substring(JMS_ID_PREFIX.length()) : id;
    }

    /** Accepts the id with or without the {@code ID:} prefix JMS puts before it. */
    private DeadLetterView find(String id) {
        String bare = bare(id);
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
