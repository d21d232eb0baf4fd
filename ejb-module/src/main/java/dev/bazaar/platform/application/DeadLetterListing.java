package dev.bazaar.platform.application;

import dev.bazaar.kernel.Page;

/**
 * One page of the dead-letter queue, oldest first. Counting stops at {@link #COUNT_LIMIT} messages, so a
 * queue that grew huge during an incident is never read whole for a page: {@code moreThanCounted} then
 * says that more wait behind the ones counted (they come into view as these are replayed or discarded).
 */
public record DeadLetterListing(Page<DeadLetterView> page, boolean moreThanCounted) {

    public static final int COUNT_LIMIT = 10_000;
}
