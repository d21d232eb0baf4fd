package dev.bazaar.stripe.standin;

import java.util.Map;
import java.util.Objects;

/**
 * How a stand-in runs. {@link #fromEnvironment(Map)} reads the variables scripts/services.sh passes; tests
 * start from {@link #defaults()} and change what they need (port 0 picks a free port).
 *
 * @param port             where it listens, on 127.0.0.1 only ({@code BAZAAR_STRIPE_STANDIN_PORT}, 12111)
 * @param webhookUrl       where it POSTs events; empty sends none ({@code BAZAAR_STRIPE_WEBHOOK_URL})
 * @param webhookSecret    the endpoint secret that signs them ({@code BAZAAR_STRIPE_WEBHOOK_SECRET})
 * @param secretKey        the server-side key it accepts ({@code BAZAAR_STRIPE_SECRET_KEY})
 * @param publishableKey   the browser key it accepts ({@code BAZAAR_STRIPE_PUBLISHABLE_KEY})
 * @param apiVersion       the {@code api_version} of events, the one stripe-java 31.1.0 is pinned to, so
 *                         {@code event.getDataObjectDeserializer().getObject()} deserializes
 *                         ({@code BAZAAR_STRIPE_API_VERSION})
 * @param journalLimit     how many requests WireMock's journal keeps (oldest dropped)
 */
public record StandInSettings(int port, String webhookUrl, String webhookSecret, String secretKey,
                              String publishableKey, String apiVersion, int journalLimit) {

    public static final String PORT = "BAZAAR_STRIPE_STANDIN_PORT";
    public static final String WEBHOOK_URL = "BAZAAR_STRIPE_WEBHOOK_URL";
    public static final String WEBHOOK_SECRET = "BAZAAR_STRIPE_WEBHOOK_SECRET";
    public static final String SECRET_KEY = "BAZAAR_STRIPE_SECRET_KEY";
    public static final String PUBLISHABLE_KEY = "BAZAAR_STRIPE_PUBLISHABLE_KEY";
    public static final String API_VERSION = "BAZAAR_STRIPE_API_VERSION";

    public static final int DEFAULT_PORT = 12111;
    public static final String DEFAULT_WEBHOOK_URL = "http://127.0.0.1:9080/api/v1/payments/webhooks/stripe";
    public static final String DEFAULT_WEBHOOK_SECRET = "whsec_bazaar_stand_in";
    public static final String DEFAULT_SECRET_KEY = "sk_test_bazaar_stand_in";
    public static final String DEFAULT_PUBLISHABLE_KEY = "pk_test_bazaar_stand_in";
    public static final String DEFAULT_API_VERSION = "2025-12-15.clover";
    public static final int DEFAULT_JOURNAL_LIMIT = 1000;

    public StandInSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        if (secretKey == null || !secretKey.startsWith("sk_")) {
            throw new IllegalArgumentException("the secret key must start with sk_: " + secretKey);
        }
        if (publishableKey == null || !publishableKey.startsWith("pk_")) {
            throw new IllegalArgumentException("the publishable key must start with pk_: " + publishableKey);
        }
        Objects.requireNonNull(apiVersion, "apiVersion");
    }

    public static StandInSettings defaults() {
        return new StandInSettings(DEFAULT_PORT, DEFAULT_WEBHOOK_URL, DEFAULT_WEBHOOK_SECRET, DEFAULT_SECRET_KEY,
                DEFAULT_PUBLISHABLE_KEY, DEFAULT_API_VERSION, DEFAULT_JOURNAL_LIMIT);
    }

    public static StandInSettings fromEnvironment(Map<String, String> env) {
        String port = value(env, PORT, String.valueOf(DEFAULT_PORT));
        int p;
        try {
            p = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " is not a port number: " + port);
        }
        return new StandInSettings(p,
                env.getOrDefault(WEBHOOK_URL, DEFAULT_WEBHOOK_URL).trim(),
                value(env, WEBHOOK_SECRET, DEFAULT_WEBHOOK_SECRET),
                value(env, SECRET_KEY, DEFAULT_SECRET_KEY),
                value(env, PUBLISHABLE_KEY, DEFAULT_PUBLISHABLE_KEY),
                value(env, API_VERSION, DEFAULT_API_VERSION),
                DEFAULT_JOURNAL_LIMIT);
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    public StandInSettings withPort(int newPort) {
        return new StandInSettings(newPort, webhookUrl, webhookSecret, secretKey, publishableKey, apiVersion, journalLimit);
    }

    /** An empty URL turns delivery off (events are still recorded and listed). */
    public StandInSettings withWebhookUrl(String url) {
        return new StandInSettings(port, url, webhookSecret, secretKey, publishableKey, apiVersion, journalLimit);
    }

    public StandInSettings withWebhookSecret(String secret) {
        return new StandInSettings(port, webhookUrl, secret, secretKey, publishableKey, apiVersion, journalLimit);
    }
}
