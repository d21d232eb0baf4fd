package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.Locale;

import dev.bazaar.kernel.Money;
import dev.bazaar.payment.domain.CardPayment;
import dev.bazaar.payment.domain.CardPaymentStatus;

/** A card payment as pages, the API and tests see it (never the secret key; the client secret only to the buyer). */
public record PaymentView(long orderGroupId, String orderNumber, String status, Money amount, String intentId,
                          String clientSecret, String errorCode, String errorMessage, Instant succeededAt) {

    static PaymentView of(CardPayment p) {
        return new PaymentView(p.orderGroupId(), p.orderNumber(), p.status().name(), p.amount(), p.intentId(),
                p.clientSecret(), p.lastErrorCode(), p.lastErrorMessage(), p.succeededAt());
    }

    public boolean payable() {
        return CardPaymentStatus.valueOf(status).payable();
    }

    /** How the shopper goes on: the card form with the client secret while it can be paid, else where it stands. */
    PaymentStart start(String publishableKey) {
        String total = amount.format(Locale.ENGLISH);
        return switch (CardPaymentStatus.valueOf(status)) {
            case AWAITING_INTENT -> new PaymentStart(CardMethod.CODE, "We could not reach our card processor just now"
                    + (errorMessage == null ? "" : " (" + errorMessage + ")")
                    + ". Your order is kept and nothing was charged: try paying again in a moment.",
                    PaymentStart.Words.of("cardUnreachable", amount, null), null, null);
            case REQUIRES_PAYMENT_METHOD -> new PaymentStart(CardMethod.CODE, (errorMessage == null ? ""
                    : "Your last attempt did not go through: " + errorMessage + " ") + "Pay " + total + " by card.",
                    errorMessage == null ? PaymentStart.Words.of("cardPay", amount, null)
                            : PaymentStart.Words.of("cardPayAgain", amount, null, errorMessage),
                    clientSecret, publishableKey);
            case PROCESSING -> new PaymentStart(CardMethod.CODE, "Your card payment of " + total + " is being processed.",
                    PaymentStart.Words.of("cardProcessing", amount, null), null, null);
            case SUCCEEDED -> new PaymentStart(CardMethod.CODE, "Paid " + total + " by card.",
                    PaymentStart.Words.of("cardPaid", amount, null), null, null);
            case CANCELED -> new PaymentStart(CardMethod.CODE, "The card payment was cancelled; nothing was charged.",
                    PaymentStart.Words.of("cardCanceled", amount, null), null, null);
        };
    }
}
