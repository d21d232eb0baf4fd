package dev.bazaar.platform.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.bazaar.kernel.PageRequest;

/**
 * The broker's dead-letter queue: read without consuming anything, changed one message at a time.
 * Replaying and discarding join the caller's JTA transaction, so taking a message off the queue and
 * sending it back commit together or not at all.
 */
public interface DeadLetterQueue {

    /** Oldest first, bodies cut to a preview; {@code eventId} (null for all) keeps that event's messages only. */
    DeadLetterListing browse(UUID eventId, PageRequest page);

    /** The message with this id (see {@link DeadLetterView#id()}), with its whole body. */
    Optional<DeadLetterView> find(String id);

    /** The ids of the messages {@code browse} would list, oldest first, at most {@code limit} of them, read in one pass. */
    List<String> matchingIds(UUID eventId, int limit);

    /** The messages with these ids that are still there, bodies cut to a preview, read in one pass. */
    List<DeadLetterView> findAll(Collection<String> ids);

    /** Whether {@code origin} ({@code address::queue}) is a queue one of Bazaar's consumers reads. */
    boolean consumerReads(String origin);

    /**
     * Takes the message off the dead-letter queue and sends its body and application properties to
     * {@code origin} and to no other queue. False when it is no longer there.
     */
    boolean replay(String id, String origin);

    /** Takes the message off the dead-letter queue for good. False when it is no longer there. */
    boolean discard(String id);

    /**
     * {@link #replay} for many messages with one consumer, each to the queue it failed in (the caller
     * passes only messages whose origin a consumer reads); answers the ids taken off the queue.
     */
    Set<String> replayAll(Collection<String> ids);

    /** {@link #discard} for many messages with one consumer; answers the ids taken off the queue. */
    Set<String> discardAll(Collection<String> ids);
}
