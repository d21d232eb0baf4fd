package dev.bazaar.payment.application;

/**
 * What an admin records by hand against a shop's balance: the currency, the amount in minor units
 * (a payout's above zero, an adjustment's either way but not zero) and the note (a payout's
 * transfer reference, an adjustment's reason).
 */
public record MovementInput(String currency, Long amountMinor, String note) {

    /** What makes two requests the same request, for the Idempotency-Key. */
    String fingerprint() {
        return currency + "|" + amountMinor + "|" + note;
    }
}
