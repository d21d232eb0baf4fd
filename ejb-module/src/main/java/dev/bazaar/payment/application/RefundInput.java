package dev.bazaar.payment.application;

/**
 * A refund asked for: which shop's part, how much in minor units (null: all that remains) and in
 * which currency (null: the order's), and why (the shopper reads it).
 */
public record RefundInput(String vendorOrderNumber, Long amountMinor, String currency, String reason) {

    /** What identifies the request under an Idempotency-Key: the same key with other content is refused. */
    String fingerprint() {
        return vendorOrderNumber + "|" + amountMinor + "|" + currency + "|" + reason;
    }
}
