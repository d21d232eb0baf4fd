package dev.bazaar.analytics.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.bazaar.analytics.domain.SalesChange;
import dev.bazaar.analytics.domain.SalesChange.SoldLine;
import dev.bazaar.ordering.application.OrderLifecycle;
import dev.bazaar.platform.application.DomainEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Reads order events as changes to the sales figures. {@code order.paid} is a sale on the day it was
 * paid. {@code order.cancelled} takes the sale back, from that same day, when the part had been paid
 * ({@code previousStatus} PAID or later, {@code paidAt} telling the day); a part cancelled before
 * payment never counted, so its cancellation changes nothing. Subtracting from the day of the sale
 * rather than the day of the cancellation keeps every day's figures what was sold then and still
 * stands, never negative for long, and makes the sale and its cancellation commute: events of one
 * order may be handled in either order (a redelivered payment after its cancellation) and end on the
 * same figures. Other events change nothing. An event that lacks what it needs is refused loudly,
 * so the broker retries and then dead-letters it.
 */
public final class SaleEvents {

    private SaleEvents() {
    }

    public static Optional<SalesChange> changeOf(DomainEvent event) {
        try {
            JsonObject payload = event.payload();
            return switch (event.type()) {
                case OrderLifecycle.PAID -> Optional.of(sale(payload));
                case OrderLifecycle.CANCELLED -> wasPaid(payload) ? Optional.of(sale(payload).reversed()) : Optional.empty();
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Cannot read " + event.type() + " " + event.eventId() + " as a sale: " + e, e);
        }
    }

    private static boolean wasPaid(JsonObject payload) {
        if (!payload.containsKey("previousStatus")) {
            throw new IllegalArgumentException("the cancellation has no previousStatus (the status the part left)");
        }
        return OrderLifecycle.wasPaidBefore(payload.getString("previousStatus"));
    }

    private static SalesChange sale(JsonObject payload) {
        List<SoldLine> lines = new ArrayList<>();
        for (JsonValue value : payload.getJsonArray("lines")) {
            JsonObject line = value.asJsonObject();
            lines.add(new SoldLine(line.containsKey("productId") ? line.getJsonNumber("productId").longValueExact() : null,
                    line.getString("productName"), line.getInt("quantity"), DomainEvent.moneyOf(line.getJsonObject("amount"))));
        }
        return SalesChange.sale(payload.getJsonNumber("vendorId").longValueExact(), Instant.parse(payload.getString("paidAt")),
                DomainEvent.moneyOf(payload.getJsonObject("total")), lines);
    }
}
