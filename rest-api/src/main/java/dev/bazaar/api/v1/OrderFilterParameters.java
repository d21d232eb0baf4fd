package dev.bazaar.api.v1;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

import dev.bazaar.api.problem.BadRequestParameterException;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.VendorOrderStatus;

/** Reads order-list filters from query parameters: status, vendorId, from and to (inclusive days, UTC), customer; a bad value is a 400. */
final class OrderFilterParameters {

    private OrderFilterParameters() {
    }

    static Orders.Filter of(String status, String vendorId, String from, String to, String customer) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        return new Orders.Filter(EnumParameter.of(VendorOrderStatus.class, "status", status),
                IdParameter.of("vendorId", vendorId),
                first == null ? null : first.atStartOfDay().toInstant(ZoneOffset.UTC),
                last == null ? null : last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                customer == null || customer.isBlank() ? null : customer.strip());
    }

    private static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestParameterException(Map.of(name, "must be a date like 2026-11-21, was '" + raw.strip() + "'"));
        }
    }
}
