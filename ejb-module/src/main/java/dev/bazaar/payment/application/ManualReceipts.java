package dev.bazaar.payment.application;

import java.util.Map;

/**
 * What shoppers paid by bank transfer or on delivery: the orders an admin marked paid. Ordering
 * implements it; the ledger's reconciliation adds it to what Stripe took.
 */
public interface ManualReceipts {

    /** The totals of every order group ever marked paid by hand, per currency, in minor units. */
    Map<String, Long> totalsByCurrency();
}
