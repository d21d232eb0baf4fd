package dev.bazaar.platform.application;

import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

import dev.bazaar.kernel.Money;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Something that happened, as it travels on Artemis: a JSON text message
 * {@code {"eventId","type","occurredAt","aggregateId","payload"}} with {@code type} and {@code eventId}
 * properties (queues filter on the type; the dead-letter view shows both). Consumers use the event id
 * to handle each event once.
 */
public record DomainEvent(UUID eventId, String type, Instant occurredAt, String aggregateId, JsonObject payload) {

    /** The message properties an event travels with. */
    public static final String TYPE_PROPERTY = "type";
    public static final String EVENT_ID_PROPERTY = "eventId";

    public static DomainEvent now(String type, String aggregateId, JsonObject payload) {
        return new DomainEvent(UUID.randomUUID(), type, Instant.now(), aggregateId, payload);
    }

    public static JsonObject money(Money money) {
        return Json.createObjectBuilder()
                .add("amountMinor", money.amountMinor())
                .add("currency", money.currencyCode())
                .build();
    }

    /** Reads an amount written by {@link #money(Money)}. */
    public static Money moneyOf(JsonObject money) {
        return Money.ofMinor(money.getJsonNumber("amountMinor").longValueExact(), money.getString("currency"));
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("eventId", eventId.toString())
                .add("type", type)
                .add("occurredAt", occurredAt.toString())
                .add("aggregateId", aggregateId)
                .add("payload", payload)
                .build()
                .toString();
    }

    /** Reads an event back; a message that is not one fails loudly so the broker dead-letters it. */
    public static DomainEvent fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            return new DomainEvent(UUID.fromString(o.getString("eventId")), o.getString("type"),
                    Instant.parse(o.getString("occurredAt")), o.getString("aggregateId"), o.getJsonObject("payload"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a Bazaar domain event: " + e.getMessage(), e);
        }
    }
}
