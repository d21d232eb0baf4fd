package dev.bazaar.analytics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.analytics.domain.SalesChange;
import dev.bazaar.kernel.Money;
import dev.bazaar.platform.application.DomainEvent;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

class SaleEventsTest {

    private static final String PAID_AT = "2026-03-01T22:15:00Z";

    @Test
    void aPaymentIsASaleOnTheDayItWasPaid() {
        SalesChange sale = SaleEvents.changeOf(event("order.paid", part("PAID"))).orElseThrow();

        assertEquals(42, sale.vendorId());
        assertEquals(LocalDate.of(2026, 3, 1), sale.day());
        assertEquals(1, sale.orders());
        assertEquals(2, sale.units());
        assertEquals(45_800, sale.amountMinor());
        assertEquals(List.of(new SalesChange.ProductChange(11, "Stoneware Mug", 2, 39_800)), sale.products());
    }

    @Test
    void aCancellationAfterPaymentTakesTheSaleBackFromTheDayItWasSold() {
        Instant cancelledNextWeek = Instant.parse("2026-03-08T09:00:00Z");
        SalesChange sale = SaleEvents.changeOf(event("order.paid", part("PAID"))).orElseThrow();

        for (String left : new String[] {"PAID", "ACCEPTED"}) {
            DomainEvent cancelled = new DomainEvent(UUID.randomUUID(), "order.cancelled", cancelledNextWeek, "BZ1-1",
                    part("CANCELLED").add("previousStatus", left).add("reason", "out of stock").build());

            assertEquals(Optional.of(sale.reversed()), SaleEvents.changeOf(cancelled), left);
        }
    }

    @Test
    void aCancellationBeforePaymentChangesNothing() {
        JsonObjectBuilder unpaid = part("CANCELLED").add("previousStatus", "PENDING_PAYMENT");
        unpaid.remove("paidAt");

        assertEquals(Optional.empty(), SaleEvents.changeOf(event("order.cancelled", unpaid)));
    }

    @Test
    void otherOrderEventsChangeNothing() {
        assertEquals(Optional.empty(), SaleEvents.changeOf(event("order.shipped", part("SHIPPED"))));
    }

    @Test
    void anEventMissingWhatItNeedsIsRefusedLoudly() {
        JsonObjectBuilder noPaymentTime = part("PAID");
        noPaymentTime.remove("paidAt");

        IllegalArgumentException noPreviousStatus = assertThrows(IllegalArgumentException.class,
                () -> SaleEvents.changeOf(event("order.cancelled", part("CANCELLED"))));
        assertTrue(noPreviousStatus.getMessage().contains("previousStatus"), noPreviousStatus.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SaleEvents.changeOf(event("order.paid", noPaymentTime)));
        assertThrows(IllegalArgumentException.class,
                () -> SaleEvents.changeOf(event("order.cancelled", part("CANCELLED").add("previousStatus", "LOST"))));
    }

    /** A vendor order's payload as OrderLifecycle writes it: 2 mugs at 199 NOK plus 60 NOK shipping. */
    private static JsonObjectBuilder part(String status) {
        return Json.createObjectBuilder()
                .add("orderNumber", "BZ1").add("vendorOrderNumber", "BZ1-1").add("vendorId", 42)
                .add("customerId", 5).add("customerEmail", "kari@example.org").add("customerName", "Kari")
                .add("status", status)
                .add("total", DomainEvent.money(Money.ofMinor(45_800, "NOK")))
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("sku", "MUG-S").add("productName", "Stoneware Mug").add("variantTitle", "S").add("quantity", 2)
                        .add("amount", DomainEvent.money(Money.ofMinor(39_800, "NOK"))).add("productId", 11)))
                .add("paidAt", PAID_AT);
    }

    private static DomainEvent event(String type, JsonObjectBuilder payload) {
        return DomainEvent.now(type, "BZ1-1", payload.build());
    }
}
