package dev.bazaar.payment.domain;

/**
 * What moved money on a ledger account. A shop's account holds sales (credit), the commission on
 * them, refunds and payouts by hand or by transfer to its connected account (debits), transfer
 * reversals (credits: money taken back for a refund), disputes (debits: the cardholder's bank took the
 * money back) and disputes won (credits: it came back), and admins' adjustments (either way); the platform's account
 * holds the commission it earned, the discounts it funded, Stripe's dispute fees (debited when withdrawn,
 * credited when returned) and the other side of each adjustment.
 */
public enum LedgerKind {
    SALE(true),
    COMMISSION(true),
    REFUND(true),
    MANUAL_PAYOUT(true),
    ADJUSTMENT(true),
    TRANSFER(true),
    TRANSFER_REVERSAL(true),
    DISPUTE(true),
    DISPUTE_WON(true),
    COMMISSION_EARNED(false),
    DISCOUNT_FUNDED(false),
    ADJUSTMENT_OFFSET(false),
    DISPUTE_FEE(false);

    private final boolean shops;

    LedgerKind(boolean shops) {
        this.shops = shops;
    }

    /** Whether entries of this kind are on a shop's account (otherwise on the platform's). */
    public boolean onShopAccount() {
        return shops;
    }
}
