package dev.bazaar.stripe.standin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes every request the built-in stubs hand over: Stripe's API under /v1, the Stripe.js stand-in under
 * /v3/, the stand-in's own controls under /stand-in/, CORS preflights, and a 404 for the rest.
 */
final class StandInHandler {

    private static final Pattern STRIPE_JS = Pattern.compile("/v3/?|/v3/stripe\\.js|/[a-z0-9.-]+/stripe\\.js");
    private static final Pattern EVENT_RESEND = Pattern.compile("/stand-in/events/([^/]+)/resend");
    private static final Pattern DISPUTE_CREATE = Pattern.compile("/stand-in/charges/([^/]+)/dispute");
    private static final Pattern DISPUTE_CLOSE = Pattern.compile("/stand-in/disputes/([^/]+)/close");
    private static final Pattern ONBOARDING = Pattern.compile("/stand-in/connect/onboarding/([A-Za-z0-9]+)");

    private final FakeStripe stripe;
    private final StandInSettings settings;
    private final String webhookUrl;
    private final String stripeJs;

    StandInHandler(FakeStripe stripe, StandInSettings settings) {
        this.stripe = stripe;
        this.settings = settings;
        this.webhookUrl = settings.webhookUrl();
        this.stripeJs = resource("stripe-js-stand-in.js");
    }

    Answer handle(Call call) {
        try {
            return route(call);
        } catch (ApiError e) {
            return Answer.json(e.status, e.body()).cors();
        } catch (RuntimeException e) {
            return FakeStripe.internalError(e).cors();
        }
    }

    private Answer route(Call call) {
        String method = call.method();
        String path = call.path();
        if ("OPTIONS".equals(method)) {
            // whatever headers the browser asks to send: a browser driven by tests adds its own (X-Forwarded-For)
            String asked = call.header("Access-Control-Request-Headers");
            return new Answer(204, null, "").cors()
                    .header("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS")
                    .header("Access-Control-Allow-Headers", asked != null ? asked
                            : "Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account")
                    .header("Access-Control-Allow-Private-Network", "true")
                    .header("Access-Control-Max-Age", "600");
        }
        if (path.equals("/v1") || path.startsWith("/v1/")) {
            return stripe.api(call);
        }
        if (STRIPE_JS.matcher(path).matches() && ("GET".equals(method) || "HEAD".equals(method))) {
            return new Answer(200, "application/javascript; charset=utf-8", stripeJs)
                    .header("Cache-Control", "no-cache").cors();
        }
        if (path.equals("/stand-in") || path.startsWith("/stand-in/")) {
            return controls(call).cors();
        }
        if (path.equals("/") && "GET".equals(method)) {
            return new Answer(200, "text/plain; charset=utf-8", help());
        }
        return notFound(call);
    }

    private Answer controls(Call call) {
        String method = call.method();
        String path = call.path();
        Matcher m;
        if ("GET".equals(method) && (path.equals("/stand-in") || path.equals("/stand-in/"))) {
            return new Answer(200, "text/plain; charset=utf-8", help());
        }
        if ("GET".equals(method) && path.equals("/stand-in/events")) {
            return stripe.listSentEvents(Form.parse(call.query()));
        }
        if ("POST".equals(method) && path.equals("/stand-in/reset")) {
            return stripe.reset();
        }
        if ("POST".equals(method) && (m = EVENT_RESEND.matcher(path)).matches()) {
            return stripe.resendEvent(m.group(1));
        }
        if ("POST".equals(method) && (m = DISPUTE_CREATE.matcher(path)).matches()) {
            return stripe.createDispute(m.group(1), Form.parse(call.body()));
        }
        if ("POST".equals(method) && (m = DISPUTE_CLOSE.matcher(path)).matches()) {
            return stripe.closeDispute(m.group(1), Form.parse(call.body()));
        }
        if ("GET".equals(method) && (m = ONBOARDING.matcher(path)).matches()) {
            return stripe.onboardingPage(m.group(1));
        }
        if ("POST".equals(method) && (m = ONBOARDING.matcher(path)).matches()) {
            return stripe.completeOnboarding(m.group(1));
        }
        return notFound(call);
    }

    private static Answer notFound(Call call) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", "Unrecognized request URL (" + call.method() + ": " + call.path() + "). Bazaar's Stripe "
                + "stand-in serves /v1/ (Stripe's API), /v3/ (Stripe.js), /stand-in/ and WireMock's /__admin/; "
                + "see GET / or stripe-stand-in/README.md.");
        error.put("type", "invalid_request_error");
        return Answer.json(404, Map.of("error", error)).cors();
    }

    private String help() {
        return """
                Bazaar's Stripe stand-in: an offline imitation of Stripe's API for local runs and tests. Not Stripe;
                no real card is ever charged. See stripe-stand-in/README.md.

                Stripe API     /v1/payment_intents, /v1/payment_intents/{id}[/confirm|/cancel], /v1/charges/{id},
                               /v1/refunds[/{id}], /v1/payment_methods/{id}, /v1/disputes/{id}, /v1/events[/{id}],
                               /v1/accounts[/{id}], /v1/account_links, /v1/transfers[/{id}[/reversals]]
                               secret key %s, publishable key %s
                Stripe.js      <script src="/v3/"></script>  (Payment Element with Stripe's test cards)
                Controls       GET  /stand-in/events                     events sent and how Bazaar answered
                               POST /stand-in/charges/{id}/dispute       amount, reason -> charge.dispute.created
                               POST /stand-in/disputes/{id}/close        status=won|lost -> charge.dispute.closed
                               POST /stand-in/events/{id}/resend         deliver an event again
                               GET|POST /stand-in/connect/onboarding/{link}  an account link's onboarding: the page, and
                                                                         completing it (-> account.updated, back to return_url)
                               POST /stand-in/reset                      forget all objects and events
                WireMock       GET /__admin/requests (journal), POST /__admin/mappings (stubs that win over the
                               built-in ones), POST /__admin/reset (journal and added stubs; objects stay)
                Webhooks to    %s
                """.formatted(settings.secretKey(), settings.publishableKey(),
                webhookUrl.isEmpty() ? "(none: BAZAAR_STRIPE_WEBHOOK_URL is empty)" : webhookUrl);
    }

    private static String resource(String name) {
        try (InputStream in = StandInHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
