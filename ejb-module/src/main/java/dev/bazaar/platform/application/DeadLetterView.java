package dev.bazaar.platform.application;

import java.time.Instant;

/**
 * A message Artemis moved to its dead-letter queue (DLQ) after the consumer failed it as many times
 * as the address allows.
 * <ul>
 * <li>{@code id}: the JMS message id without its {@code ID:} prefix (Artemis ids are UUIDs), so it
 * fits in a URL; {@code messageId} is the id as JMS gives it.</li>
 * <li>{@code origin}: the queue it failed in, fully qualified ({@code address::queue}); null when the
 * broker recorded none. {@code originalAddress} and {@code originalQueue} are what Artemis recorded.</li>
 * <li>{@code eventType}, {@code eventId}: the domain event's {@code type} and {@code eventId}
 * properties, null on messages that are not events.</li>
 * <li>{@code sentAt}: when the producer sent it. {@code deliveryCount}: deliveries from the DLQ itself
 * (Artemis counts afresh in the DLQ; the failed deliveries before it are the address's maximum).</li>
 * <li>{@code body}: the text, cut to a preview in lists ({@code bodyComplete} false); null for a
 * message that is not text.</li>
 * </ul>
 */
public record DeadLetterView(String id, String messageId, String origin, String originalAddress, String originalQueue,
                             String eventType, String eventId, Instant sentAt, int deliveryCount, String body,
                             boolean bodyComplete) {
}
