package dev.bazaar.payment.application;

/**
 * How the shopper goes on paying: instructions to read, and for methods that confirm on the client
 * a secret for it (null for the manual method).
 */
public record PaymentStart(String method, String instructions, String clientSecret) {
}
