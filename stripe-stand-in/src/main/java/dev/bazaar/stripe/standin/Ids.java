package dev.bazaar.stripe.standin;

import java.security.SecureRandom;
import java.util.Random;

/** Identifiers in Stripe's form: a type prefix and random letters and digits ({@code pi_3Pg...}). */
final class Ids {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Random RANDOM = new SecureRandom();

    private Ids() {
    }

    static String next(String prefix) {
        return prefix + "_" + random(24);
    }

    static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
