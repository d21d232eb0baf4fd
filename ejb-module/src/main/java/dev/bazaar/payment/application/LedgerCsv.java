package dev.bazaar.payment.application;

import java.util.Arrays;
import java.util.List;

/** One CSV line per ledger entry, for the back office's export (amounts as decimals, signed). */
public final class LedgerCsv {

    public static final List<String> HEADER = List.of("recorded_at", "kind", "order", "vendor_order", "currency", "amount",
            "stripe_object", "memo");

    private LedgerCsv() {
    }

    public static List<Object> row(LedgerEntryView e) {
        return Arrays.asList(e.recordedAt(), e.kind(), e.orderNumber(), e.vendorOrderNumber(), e.amount().currencyCode(),
                e.amount().toDecimal(), e.stripeObject(), e.memo());
    }
}
