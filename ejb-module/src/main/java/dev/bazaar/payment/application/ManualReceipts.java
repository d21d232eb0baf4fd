package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.Map;

import dev.bazaar.kernel.CurrencyTotals;

/**
 * What shoppers paid by bank transfer or on delivery: the orders an admin marked paid. Ordering
 * implements it; the ledger's reconciliation adds it to what Stripe took.
 */
public interface ManualReceipts {

    /** The totals of every order group ever marked paid by hand, per currency, in minor units. */
    Map<String, Long> totalsByCurrency();

    /** The same, of the order groups marked paid on or after {@code since}, per currency and UTC day of the marking. */
    Map<CurrencyTotals.Day, Long> totalsByDay(Instant since);
}
