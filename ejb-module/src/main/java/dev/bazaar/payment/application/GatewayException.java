package dev.bazaar.payment.application;

/**
 * The card processor refused or could not be reached. {@code code} is Stripe's error code where it
 * gave one (card_declined ...), else a word of ours (unreachable, timeout, error); {@code retryable}
 * says whether asking again later may work.
 */
public class GatewayException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final boolean retryable;

    public GatewayException(String code, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
    }

    public String code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }
}
