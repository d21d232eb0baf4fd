package dev.bazaar.stripe.standin;

/**
 * Runs the stand-in until the process is stopped. Settings come from the environment (see
 * {@link StandInSettings}): BAZAAR_STRIPE_STANDIN_PORT, BAZAAR_STRIPE_WEBHOOK_URL, BAZAAR_STRIPE_WEBHOOK_SECRET,
 * BAZAAR_STRIPE_SECRET_KEY, BAZAAR_STRIPE_PUBLISHABLE_KEY (and BAZAAR_STRIPE_API_VERSION). Prints one line
 * when ready.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StandInSettings settings;
        StripeStandIn standIn;
        try {
            settings = StandInSettings.fromEnvironment(System.getenv());
            standIn = StripeStandIn.start(settings);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println("[stripe-stand-in] could not start: " + e.getMessage()
                    + (cause != e ? " (" + cause + ")" : ""));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::close, "stripe-stand-in-shutdown"));
        System.out.println("[stripe-stand-in] ready on " + standIn.baseUrl() + " (Stripe API /v1, Stripe.js /v3/, "
                + "WireMock /__admin; webhooks to "
                + (settings.webhookUrl().isEmpty() ? "nowhere" : settings.webhookUrl()) + ")");
    }
}
