package dev.bazaar.ordering.application;

import java.time.Instant;
import java.util.Map;

import dev.bazaar.kernel.CurrencyTotals;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.payment.application.ManualPayment;
import dev.bazaar.payment.application.ManualReceipts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** What was paid by hand: the order groups ever marked paid with the manual method (a later cancellation keeps the money received). */
@Dependent
public class OrderManualReceipts implements ManualReceipts {

    @Inject
    Orders orders;

    @Override
    public Map<String, Long> totalsByCurrency() {
        return orders.paidTotalsByCurrency(ManualPayment.CODE);
    }

    @Override
    public Map<CurrencyTotals.Day, Long> totalsByDay(Instant since) {
        return orders.paidTotalsByDay(ManualPayment.CODE, since);
    }
}
