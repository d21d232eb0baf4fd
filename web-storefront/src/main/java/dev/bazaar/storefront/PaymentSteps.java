package dev.bazaar.storefront;

import java.util.Optional;

import dev.bazaar.payment.application.PaymentStart;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** What a shopper's and a guest's order pages both say of a payment still to be made. */
final class PaymentSteps {

    private static final String CARD = "CARD";

    private PaymentSteps() {
    }

    /** What the payment method says to do (the bank transfer's details, or where the card payment stands); null for nothing. */
    static String instructions(Optional<PaymentStart> start) {
        return start.map(PaymentStart::instructions).filter(text -> !text.isBlank()).orElse(null);
    }

    /** The card form shows: a card order awaiting payment whose intent Stripe made. */
    static boolean cardForm(Optional<PaymentStart> start) {
        return start.filter(s -> CARD.equals(s.method()) && s.clientSecret() != null).isPresent();
    }

    /** A card order whose payment could not be started (Stripe did not answer): the shopper may try again. */
    static boolean retryable(Optional<PaymentStart> start) {
        return start.filter(s -> CARD.equals(s.method()) && s.clientSecret() == null).isPresent();
    }

    /** {@code pageAndQuery} (under the storefront) as an absolute address, as the shopper reached the server: where Stripe sends them back. */
    static String absolute(String pageAndQuery) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = context.getRequestScheme();
        int port = context.getRequestServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + context.getRequestServerName() + (defaultPort ? "" : ":" + port)
                + context.getRequestContextPath() + pageAndQuery;
    }
}
