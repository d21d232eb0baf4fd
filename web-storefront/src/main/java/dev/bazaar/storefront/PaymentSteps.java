package dev.bazaar.storefront;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.bazaar.payment.application.PaymentStart;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** What a shopper's and a guest's order pages both say of a payment still to be made. */
final class PaymentSteps {

    private static final String CARD = "CARD";

    private PaymentSteps() {
    }

    /**
     * What the payment method says to do (the bank transfer's details, or where the card payment stands)
     * in the page's language: the bundle's {@code payment.<key>} text for the instructions' parts, the
     * amount and the time to pay by formatted for the shopper; the English instructions for a key the
     * bundle has no text for; null for nothing.
     */
    static String instructions(Optional<PaymentStart> start, ShopperTime time) {
        return start.map(s -> worded(s, time)).filter(text -> !text.isBlank()).orElse(null);
    }

    private static String worded(PaymentStart start, ShopperTime time) {
        PaymentStart.Words words = start.words();
        if (words == null || !Texts.has("payment." + words.key())) {
            return start.instructions();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(words.amount() == null ? "" : words.amount().format(Texts.locale()));
        parameters.add(time.of(words.due()));
        parameters.addAll(words.details());
        return Texts.text("payment." + words.key(), parameters.toArray());
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
