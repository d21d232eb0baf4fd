package dev.bazaar.payment.application;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.Ledger;

/**
 * A shop's money in one currency: pending (parts not yet delivered and held for returns), available
 * (to be paid out), and owed: what the shop owes the platform when its available money is negative
 * (a refund after the money was paid out); its next sales pay that first.
 */
public record BalanceView(long vendorId, String shopName, String currency, Money pending, Money available, Money owed) {

    static BalanceView of(Ledger.Balance balance, String shopName) {
        String currency = balance.currency();
        return new BalanceView(balance.vendorId(), shopName, currency, Money.ofMinor(balance.pendingMinor(), currency),
                Money.ofMinor(balance.availableMinor(), currency), Money.ofMinor(Math.max(0, -balance.availableMinor()), currency));
    }

    public boolean owes() {
        return owed.amountMinor() > 0;
    }
}
