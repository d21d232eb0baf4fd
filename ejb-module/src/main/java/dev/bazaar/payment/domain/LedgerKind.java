package dev.bazaar.payment.domain;

/**
 * What moved money on a ledger account. A shop's account holds sales (credit), the commission on
 * them and refunds (debits); the platform's account holds the commission it earned and the discounts
 * it funded.
 */
public enum LedgerKind {
    SALE(true),
    COMMISSION(true),
    REFUND(true),
    COMMISSION_EARNED(false),
    DISCOUNT_FUNDED(false);

    private final boolean shops;

    LedgerKind(boolean shops) {
        this.shops = shops;
    }

    /** Whether entries of this kind are on a shop's account (otherwise on the platform's). */
    public boolean onShopAccount() {
        return shops;
    }
}
