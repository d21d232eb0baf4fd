package dev.bazaar.payment.application;

import java.time.Instant;
import java.util.List;

import dev.bazaar.kernel.Money;

/**
 * How the shopper goes on paying: instructions to read (in English, as the API answers them, and in
 * {@link Words parts} a page words in its language), and for methods confirmed on the client (cards)
 * the PaymentIntent's client secret and the publishable key Stripe.js needs (both null otherwise, and
 * the secret null while the processor could not be reached: the instructions then say so).
 */
public record PaymentStart(String method, String instructions, Words words, String clientSecret, String publishableKey) {

    /**
     * The instructions as a key and their parts, for a page to say them in its language: the page's
     * {@code payment.<key>} text, with the amount as {0} and the time to pay by as {1} (both formatted
     * for the reader; either may be null when the key does not use it) and the details as said (bank
     * account, order reference, the processor's message) from {2} on.
     */
    public record Words(String key, Money amount, Instant due, List<String> details) {

        public Words {
            details = List.copyOf(details);
        }

        static Words of(String key, Money amount, Instant due, String... details) {
            return new Words(key, amount, due, List.of(details));
        }
    }
}
