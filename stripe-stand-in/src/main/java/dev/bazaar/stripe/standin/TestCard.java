package dev.bazaar.stripe.standin;

import java.util.Arrays;
import java.util.Optional;

/**
 * Stripe's test payment methods the stand-in knows, with what Stripe does for each
 * (https://docs.stripe.com/testing#declined-payments).
 */
enum TestCard {
    VISA("pm_card_visa", "4242", null, null, null),
    CHARGE_DECLINED("pm_card_chargeDeclined", "0002", "generic_decline", "Your card was declined.",
            "The bank did not return any further details with this decline."),
    INSUFFICIENT_FUNDS("pm_card_chargeDeclinedInsufficientFunds", "9995", "insufficient_funds",
            "Your card has insufficient funds.", "The bank returned the decline code `insufficient_funds`.");

    final String paymentMethod;
    final String last4;
    /** null when the card succeeds */
    final String declineCode;
    final String declineMessage;
    final String sellerMessage;

    TestCard(String paymentMethod, String last4, String declineCode, String declineMessage, String sellerMessage) {
        this.paymentMethod = paymentMethod;
        this.last4 = last4;
        this.declineCode = declineCode;
        this.declineMessage = declineMessage;
        this.sellerMessage = sellerMessage;
    }

    boolean succeeds() {
        return declineCode == null;
    }

    /** A stable per-card fingerprint, as Stripe gives the same card number the same fingerprint. */
    String fingerprint() {
        return "BzStandInCard" + last4.substring(1);
    }

    static Optional<TestCard> byPaymentMethod(String id) {
        return Arrays.stream(values()).filter(c -> c.paymentMethod.equals(id)).findFirst();
    }
}
