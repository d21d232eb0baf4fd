package dev.bazaar.payment.application;

import java.time.Instant;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.LedgerEntry;

/** One ledger entry as pages and the API show it; {@code stripeObject} is the charge or refund behind it, if any. */
public record LedgerEntryView(long id, String kind, Money amount, String orderNumber, String vendorOrderNumber, String stripeObject,
                              String memo, Instant recordedAt) {

    static LedgerEntryView of(LedgerEntry e) {
        return new LedgerEntryView(e.id(), e.kind().name(), e.amount(), e.orderNumber(), e.vendorOrderNumber(), e.stripeObject(),
                e.memo(), e.recordedAt());
    }
}
