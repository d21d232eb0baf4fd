package dev.bazaar.payment.application;

import dev.bazaar.kernel.Money;

/**
 * One currency's check of the ledger against the money itself: what shoppers paid (by card, as Stripe
 * confirmed it, and by hand, as admins recorded it) less what went back to them (refunds, and disputes
 * not won: their banks took it back; with Stripe's dispute fees not returned, in {@code disputed}) and what was paid out to shops (by hand, and by transfer less
 * reversals) must equal the sum of every ledger entry, shops' and platform's. A difference names money the ledger does not account for
 * (for instance a card payment that arrived after its order was cancelled and is still to be refunded),
 * or entries still on their way (the ledger is written from events, a moment after the payment).
 */
public record ReconciliationView(String currency, Money paidByCard, Money paidByHand, Money refunded, Money disputed, Money paidOut,
                                 Money ledger, Money difference, boolean balanced) {

    static ReconciliationView of(String currency, long card, long manual, long refunded, long disputed, long paidOut, long ledger) {
        long difference = card + manual - refunded - disputed - paidOut - ledger;
        return new ReconciliationView(currency, Money.ofMinor(card, currency), Money.ofMinor(manual, currency),
                Money.ofMinor(refunded, currency), Money.ofMinor(disputed, currency), Money.ofMinor(paidOut, currency),
                Money.ofMinor(ledger, currency), Money.ofMinor(difference, currency), difference == 0);
    }
}
