package dev.bazaar.payment.application;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Stripe's keys and where to reach it, from configuration (BAZAAR_STRIPE_*). Cards are offered only
 * when all three keys are set. The secrets never leave this class except to the Stripe client and the
 * signature check; what pages may show is {@link #masked()}.
 */
@ApplicationScoped
public class CardSettings {

    public static final String STRIPE_API = "https://api.stripe.com";
    public static final String STRIPE_JS = "https://js.stripe.com/v3/";

    @Inject
    @ConfigProperty(name = "bazaar.stripe.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "bazaar.stripe.publishable-key")
    Optional<String> publishableKey;

    @Inject
    @ConfigProperty(name = "bazaar.stripe.webhook-secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "bazaar.stripe.api-base", defaultValue = STRIPE_API)
    String apiBase;

    @Inject
    @ConfigProperty(name = "bazaar.stripe.js-url", defaultValue = STRIPE_JS)
    String jsUrl;

    /** How long a call to Stripe may take before the shopper is told to try again (the order is kept). */
    @Inject
    @ConfigProperty(name = "bazaar.stripe.read-timeout-ms", defaultValue = "10000")
    int readTimeoutMillis;

    /** What an admin may see of the settings: where Stripe is, and the keys' first and last characters. */
    public record Masked(boolean configured, boolean standIn, String apiBase, String jsUrl, String secretKey,
                         String publishableKey, String webhookSecret) {
    }

    public boolean configured() {
        return present(secretKey) && present(publishableKey) && present(webhookSecret);
    }

    public String secretKey() {
        return secretKey.orElseThrow();
    }

    public String publishableKey() {
        return publishableKey.orElseThrow();
    }

    public String webhookSecret() {
        return webhookSecret.orElseThrow();
    }

    public String apiBase() {
        return apiBase;
    }

    public String jsUrl() {
        return jsUrl;
    }

    public int readTimeoutMillis() {
        return readTimeoutMillis;
    }

    /** Whether Bazaar talks to a local stand-in rather than Stripe itself (the offline demo and the tests). */
    public boolean standIn() {
        return !STRIPE_API.equals(apiBase);
    }

    public Masked masked() {
        return new Masked(configured(), standIn(), apiBase, jsUrl, mask(secretKey), publishableKey.orElse(null), mask(webhookSecret));
    }

    static String mask(Optional<String> secret) {
        return secret.filter(s -> !s.isBlank()).map(s -> s.length() <= 12 ? "••••"
                : s.substring(0, 8) + "••••" + s.substring(s.length() - 4)).orElse(null);
    }

    private static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
