package dev.bazaar.payment.application;

/**
 * A webhook call that cannot be shown to come from Stripe: no, a broken, a wrong or a stale signature
 * ({@code field} Stripe-Signature), or a signed body that is not a Stripe event ({@code field} body).
 */
public class InvalidSignatureException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidSignatureException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
