package dev.bazaar.platform.application;

import java.time.Instant;
import java.util.UUID;

/** One line of the event log, as the back office shows it. */
public record RecordedEventView(UUID eventId, String type, String aggregateId, String payload,
                                Instant occurredAt, Instant receivedAt) {
}
