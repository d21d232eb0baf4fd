package dev.bazaar.ordering.application;

import java.util.Arrays;
import java.util.List;

/** One CSV line per vendor order, the same in the back office's export and the API's. */
public final class OrderCsv {

    public static final List<String> HEADER = List.of("order", "vendor_order", "placed_at", "status", "shop", "customer",
            "ship_country", "currency", "items", "discount", "shipping", "tax", "total", "commission", "carrier", "tracking_number");

    private OrderCsv() {
    }

    public static List<Object> row(VendorOrderView o) {
        return Arrays.asList(o.orderNumber(), o.number(), o.placedAt(), o.status(), o.vendorName(), o.customerName(),
                o.shipTo().country(), o.total().currencyCode(), o.items().toDecimal(), o.discount().toDecimal(),
                o.shipping().toDecimal(), o.tax().toDecimal(), o.total().toDecimal(),
                o.commission() == null ? null : o.commission().toDecimal(), o.carrier(), o.trackingNumber());
    }
}
