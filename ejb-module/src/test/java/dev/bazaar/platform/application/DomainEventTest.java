package dev.bazaar.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.Money;
import jakarta.json.Json;

class DomainEventTest {

    @Test
    void anEventSurvivesTheTripThroughJson() {
        DomainEvent event = DomainEvent.now("product.updated", "42",
                Json.createObjectBuilder().add("newPrice", DomainEvent.money(Money.ofMinor(1999, "EUR"))).build());

        DomainEvent read = DomainEvent.fromJson(event.toJson());

        assertEquals(event, read);
        assertEquals(1999, read.payload().getJsonObject("newPrice").getInt("amountMinor"));
        assertEquals("EUR", read.payload().getJsonObject("newPrice").getString("currency"));
    }

    @Test
    void aMessageThatIsNotAnEventIsRejectedLoudly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DomainEvent.fromJson("{\"type\":\"product.updated\"}"));
        assertEquals(true, e.getMessage().startsWith("Not a Bazaar domain event"));
        assertThrows(IllegalArgumentException.class, () -> DomainEvent.fromJson("not json"));
    }
}
