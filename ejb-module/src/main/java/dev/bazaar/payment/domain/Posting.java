package dev.bazaar.payment.domain;

import dev.bazaar.kernel.Money;

/**
 * One entry to write: on the shop {@code vendorId}'s account, or the platform's when it is null;
 * {@code key} names the movement so that it is written once.
 */
public record Posting(Long vendorId, LedgerKind kind, Money amount, String key, String memo) {

    public Posting {
        if (kind.onShopAccount() != (vendorId != null)) {
            throw new IllegalArgumentException(kind + " belongs on " + (kind.onShopAccount() ? "a shop's" : "the platform's") + " account");
        }
        if (amount.amountMinor() == 0) {
            throw new IllegalArgumentException("a ledger entry moves money; " + key + " moves none");
        }
    }
}
