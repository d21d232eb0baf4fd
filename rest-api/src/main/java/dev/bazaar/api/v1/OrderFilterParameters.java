package dev.bazaar.api.v1;

import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.VendorOrderStatus;

/** Reads order-list filters from query parameters: status, vendorId, from and to (inclusive days, UTC), customer; a bad value is a 400. */
final class OrderFilterParameters {

    private OrderFilterParameters() {
    }

    static Orders.Filter of(String status, String vendorId, String from, String to, String customer) {
        LocalDate first = DateParameter.of("from", from);
        LocalDate last = DateParameter.of("to", to);
        return new Orders.Filter(EnumParameter.of(VendorOrderStatus.class, "status", status),
                IdParameter.of("vendorId", vendorId),
                first == null ? null : first.atStartOfDay().toInstant(ZoneOffset.UTC),
                last == null ? null : last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                customer == null || customer.isBlank() ? null : customer.strip());
    }
}
