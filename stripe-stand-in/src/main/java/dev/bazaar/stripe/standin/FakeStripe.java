package dev.bazaar.stripe.standin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bazaar.stripe.standin.Webhooks.EventRecord;

/**
 * The stateful, in-memory Stripe: payment intents, charges, refunds, payment methods, disputes and the
 * events they cause, plus Stripe's authentication and idempotency rules. One lock guards all state; an API
 * call holds it while it runs, and the events it caused are handed to {@link Webhooks} only after the lock
 * is released. Objects are read from their {@link ObjectStore} as copies and stored back once changed.
 */
final class FakeStripe {

    private static final Pattern CURRENCY = Pattern.compile("[a-z]{3}");
    private static final Set<String> OPEN_DISPUTE = Set.of("needs_response", "under_review",
            "warning_needs_response", "warning_under_review");
    private static final Set<String> DISPUTE_REASONS = Set.of("bank_cannot_process", "check_returned",
            "credit_not_processed", "customer_initiated", "debit_not_authorized", "duplicate", "fraudulent", "general",
            "incorrect_account_details", "insufficient_funds", "noncompliant", "product_not_received",
            "product_unacceptable", "subscription_canceled", "unrecognized");
    /** Stripe's dispute fee, in the minor units of any currency (the stand-in keeps one figure for all). */
    private static final long DISPUTE_FEE = 1500;
    private static final int MAX_EVENTS = 1_000;
    private static final int MAX_IDEMPOTENCY_KEYS = 10_000;

    private final StandInSettings settings;
    private final Webhooks webhooks;
    private final Fixtures fixtures = new Fixtures();
    private final List<Route> routes = new ArrayList<>();

    private final ReentrantLock lock = new ReentrantLock();
    // ---- state, guarded by lock ----
    private final ObjectStore intents = new ObjectStore();
    private final ObjectStore charges = new ObjectStore();
    private final ObjectStore refunds = new ObjectStore();
    private final ObjectStore paymentMethods = new ObjectStore();
    private final ObjectStore disputes = new ObjectStore();
    private final ObjectStore accounts = new ObjectStore();
    private final ObjectStore transfers = new ObjectStore();
    private final List<String> transferIds = new ArrayList<>();
    private final Map<String, OnboardingLink> onboardingLinks = new HashMap<>();
    private final Map<String, TestCard> cardsByPaymentMethod = new HashMap<>();
    private final Map<String, String> disputeByCharge = new HashMap<>();
    private final LinkedHashMap<String, EventRecord> events = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EventRecord> eldest) {
            return size() > MAX_EVENTS;
        }
    };
    private final LinkedHashMap<String, Saved> idempotency = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Saved> eldest) {
            return size() > MAX_IDEMPOTENCY_KEYS;
        }
    };

    FakeStripe(StandInSettings settings, Webhooks webhooks) {
        this.settings = settings;
        this.webhooks = webhooks;
        route("POST", "/v1/payment_intents", false, (m, f, c) -> createPaymentIntent(f));
        route("GET", "/v1/payment_intents/([^/]+)", true, (m, f, c) -> retrievePaymentIntent(m.group(1), f, c));
        route("POST", "/v1/payment_intents/([^/]+)/confirm", true, (m, f, c) -> confirmPaymentIntent(m.group(1), f, c));
        route("POST", "/v1/payment_intents/([^/]+)/cancel", false, (m, f, c) -> cancelPaymentIntent(m.group(1), f, c));
        route("GET", "/v1/charges/([^/]+)", false, (m, f, c) -> retrieve(charges, "charge", m.group(1), f));
        route("POST", "/v1/refunds", false, (m, f, c) -> createRefund(f, c));
        route("GET", "/v1/refunds/([^/]+)", false, (m, f, c) -> retrieve(refunds, "refund", m.group(1), f));
        route("GET", "/v1/payment_methods/([^/]+)", false,
                (m, f, c) -> retrieve(paymentMethods, "PaymentMethod", m.group(1), f));
        route("GET", "/v1/disputes/([^/]+)", false, (m, f, c) -> retrieve(disputes, "dispute", m.group(1), f));
        route("POST", "/v1/accounts", false, (m, f, c) -> createAccount(f));
        route("GET", "/v1/accounts/([^/]+)", false, (m, f, c) -> retrieve(accounts, "account", m.group(1), f));
        route("POST", "/v1/account_links", false, (m, f, c) -> createAccountLink(f));
        route("POST", "/v1/transfers", false, (m, f, c) -> createTransfer(f));
        route("GET", "/v1/transfers", false, (m, f, c) -> listTransfers(f));
        route("GET", "/v1/transfers/([^/]+)", false, (m, f, c) -> retrieve(transfers, "transfer", m.group(1), f));
        route("POST", "/v1/transfers/([^/]+)/reversals", false, (m, f, c) -> createTransferReversal(m.group(1), f));
        route("GET", "/v1/transfers/([^/]+)/reversals", false, (m, f, c) -> listTransferReversals(m.group(1), f));
        route("GET", "/v1/events/([^/]+)", false, (m, f, c) -> retrieveEvent(m.group(1), f));
        route("GET", "/v1/events", false, (m, f, c) -> listEvents(f));
    }

    // =====================================================================================================
    // The Stripe API (/v1)
    // =====================================================================================================

    /** Answers a call under /v1, in Stripe's shapes, and afterwards hands the events it caused to delivery. */
    Answer api(Call call) {
        Context ctx = new Context("req_" + Ids.random(14), call.header("Idempotency-Key"));
        Answer answer;
        try {
            answer = apiLocked(call, ctx);
        } catch (ApiError e) {
            answer = Answer.json(e.status, e.body());
        } catch (RuntimeException e) {
            answer = internalError(e);
        } finally {
            ctx.outbox.forEach(webhooks::deliver);
        }
        if (ctx.idempotencyKey != null && "POST".equals(call.method())) {
            answer.header("Idempotency-Key", ctx.idempotencyKey);
        }
        return answer.header("Request-Id", ctx.requestId).header("Stripe-Version", settings.apiVersion()).cors();
    }

    private Answer apiLocked(Call call, Context ctx) {
        Form form = Form.parse("GET".equals(call.method()) ? call.query() : call.body());
        ctx.publishable = authenticate(call, form);
        form.tree().remove("key");
        Route route = null;
        Matcher matcher = null;
        for (Route r : routes) {
            matcher = r.path.matcher(call.path());
            if (r.method.equals(call.method()) && matcher.matches()) {
                route = r;
                break;
            }
        }
        if (route == null) {
            throw new ApiError(404, "invalid_request_error", null, null, null,
                    "Unrecognized request URL (" + call.method() + ": " + call.path() + "). Please see "
                            + "https://stripe.com/docs or we can help at https://support.stripe.com/. (Bazaar's Stripe "
                            + "stand-in does not implement this endpoint; see stripe-stand-in/README.md.)");
        }
        if (ctx.publishable && !route.browser) {
            throw ApiError.unauthorized("This API call cannot be made with a publishable API key. Please use a "
                    + "secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.");
        }
        boolean idempotent = ctx.idempotencyKey != null && "POST".equals(call.method());
        String endpoint = call.method() + " " + call.path();
        lock.lock();
        try {
            if (idempotent) {
                Saved saved = idempotency.get(ctx.idempotencyKey);
                if (saved != null) {
                    return replay(saved, endpoint, form, ctx);
                }
            }
            Object result;
            try {
                result = route.handler.handle(matcher, form, ctx);
            } catch (ApiError e) {
                if (idempotent && e.saved) {
                    idempotency.put(ctx.idempotencyKey, new Saved(endpoint, form.canonical(), e.status,
                            Json.write(e.body()) + "\n", ctx.requestId));
                }
                throw e;
            }
            Answer answer = result instanceof String raw ? new Answer(200, Answer.JSON, raw) : Answer.json(200, result);
            if (idempotent) {
                idempotency.put(ctx.idempotencyKey, new Saved(endpoint, form.canonical(), 200, answer.body, ctx.requestId));
            }
            return answer;
        } finally {
            lock.unlock();
        }
    }

    /** Stripe's idempotency: the same key and parameters replay the first answer; anything else is refused. */
    private Answer replay(Saved saved, String endpoint, Form form, Context ctx) {
        String key = ctx.idempotencyKey;
        if (!saved.endpoint.equals(endpoint)) {
            throw new ApiError(400, "idempotency_error", null, null, null,
                    "Keys for idempotent requests can only be used for the same endpoint they were first used for ('"
                            + saved.endpoint.substring(saved.endpoint.indexOf(' ') + 1) + "' vs '"
                            + endpoint.substring(endpoint.indexOf(' ') + 1) + "'). Try using a key other than '" + key
                            + "' if you meant to execute a different request.");
        }
        if (!saved.params.equals(form.canonical())) {
            throw new ApiError(400, "idempotency_error", null, null, null,
                    "Keys for idempotent requests can only be used with the same parameters they were first used with. "
                            + "Try using a key other than '" + key + "' if you meant to execute a different request.");
        }
        return new Answer(saved.status, Answer.JSON, saved.body)
                .header("Idempotent-Replayed", "true")
                .header("Original-Request", saved.requestId);
    }

    /** @return whether the caller used the publishable key (else the secret key) */
    private boolean authenticate(Call call, Form form) {
        String authorization = call.header("Authorization");
        String key;
        if (authorization != null) {
            if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                key = authorization.substring(7).trim();
            } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                // curl -u sk_test_...: sends the key as the user name
                try {
                    String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                            StandardCharsets.UTF_8);
                    int colon = pair.indexOf(':');
                    key = colon < 0 ? pair : pair.substring(0, colon);
                } catch (IllegalArgumentException e) {
                    key = "";
                }
            } else {
                throw ApiError.unauthorized("Invalid API Key provided: the Authorization header must be "
                        + "'Bearer <key>' (or HTTP Basic with the key as user name).");
            }
        } else {
            Object k = form.tree().get("key");
            key = k instanceof String s ? s : null;
        }
        if (key == null || key.isEmpty()) {
            throw ApiError.unauthorized("You did not provide an API key. You need to provide your API key in the "
                    + "Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
                    + "https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.");
        }
        if (key.equals(settings.secretKey())) {
            return false;
        }
        if (key.equals(settings.publishableKey())) {
            return true;
        }
        throw ApiError.unauthorized("Invalid API Key provided: " + mask(key));
    }

    private static String mask(String key) {
        if (key.length() <= 12) {
            return "*".repeat(key.length());
        }
        int prefix = key.startsWith("sk_test_") || key.startsWith("pk_test_") || key.startsWith("rk_test_") ? 8
                : key.startsWith("sk_live_") || key.startsWith("pk_live_") ? 8 : 3;
        return key.substring(0, prefix) + "*".repeat(key.length() - prefix - 4) + key.substring(key.length() - 4);
    }

    // ---- payment intents ----

    private Map<String, Object> createPaymentIntent(Form form) {
        form.allowOnly(Set.of("amount", "automatic_payment_methods", "capture_method", "currency", "description",
                "expand", "metadata", "payment_method", "payment_method_types", "receipt_email", "statement_descriptor",
                "statement_descriptor_suffix", "transfer_group"));
        Long amount = form.integer("amount");
        if (amount == null) {
            throw ApiError.missingParam("amount");
        }
        String currency = currency(form);
        Money.checkChargeAmount(amount, currency);
        form.allowOnly("automatic_payment_methods", Set.of("enabled", "allow_redirects"));
        Boolean automatic = form.bool("automatic_payment_methods", "enabled");
        List<String> types = form.list("payment_method_types");
        if (automatic != null && automatic && !types.isEmpty()) {
            throw ApiError.invalid("parameter_unknown", "payment_method_types",
                    "You may only specify one of these parameters: automatic_payment_methods, payment_method_types.");
        }
        for (String type : types) {
            if (!"card".equals(type)) {
                throw ApiError.invalid("payment_intent_invalid_parameter", "payment_method_types",
                        "The payment method type \"" + type + "\" is not simulated by Bazaar's Stripe stand-in; only card is.");
            }
        }
        String captureMethod = form.nonEmptyString("capture_method");
        if (captureMethod != null && !Set.of("automatic", "automatic_async").contains(captureMethod)) {
            throw ApiError.invalid("parameter_invalid_string", "capture_method", "capture_method=" + captureMethod
                    + " is not simulated by Bazaar's Stripe stand-in; only automatic capture is.");
        }
        String paymentMethod = form.nonEmptyString("payment_method");
        if (paymentMethod != null) {
            requirePaymentMethod(paymentMethod);
        }
        String receiptEmail = email(form);

        String id = Ids.next("pi");
        Map<String, Object> pi = fixtures.fresh("payment_intent", id);
        pi.put("amount", amount);
        pi.put("amount_capturable", 0L);
        pi.put("amount_details", new LinkedHashMap<>(Map.of("tip", new LinkedHashMap<>())));
        pi.put("amount_received", 0L);
        pi.put("application", null);
        pi.put("application_fee_amount", null);
        pi.put("automatic_payment_methods", types.isEmpty() && (automatic == null || automatic)
                ? automaticPaymentMethods(form) : null);
        pi.put("canceled_at", null);
        pi.put("cancellation_reason", null);
        pi.put("capture_method", captureMethod == null ? "automatic_async" : captureMethod);
        pi.put("client_secret", id + "_secret_" + Ids.random(25));
        pi.put("confirmation_method", "automatic");
        pi.put("created", now());
        pi.put("currency", currency);
        pi.put("customer", null);
        pi.put("description", form.string("description"));
        pi.put("last_payment_error", null);
        pi.put("latest_charge", null);
        pi.put("metadata", form.metadata("metadata"));
        pi.put("next_action", null);
        pi.put("on_behalf_of", null);
        pi.put("payment_method", paymentMethod);
        pi.put("payment_method_configuration_details", null);
        pi.put("payment_method_options", cardOptions());
        pi.put("payment_method_types", List.of("card"));
        pi.put("processing", null);
        pi.put("receipt_email", receiptEmail);
        pi.put("review", null);
        pi.put("setup_future_usage", null);
        pi.put("shipping", null);
        pi.put("statement_descriptor", form.string("statement_descriptor"));
        pi.put("statement_descriptor_suffix", form.string("statement_descriptor_suffix"));
        pi.put("status", paymentMethod == null ? "requires_payment_method" : "requires_confirmation");
        pi.put("transfer_data", null);
        pi.put("transfer_group", form.string("transfer_group"));
        pi.put("source", null);
        pi.put("excluded_payment_method_types", null);
        pi.put("customer_account", null);
        pi.put("managed_payments", null);
        intents.put(pi);
        return expand(pi, form);
    }

    private Map<String, Object> automaticPaymentMethods(Form form) {
        Map<String, Object> apm = new LinkedHashMap<>();
        Object allowRedirects = form.tree().get("automatic_payment_methods") instanceof Map<?, ?> m
                ? m.get("allow_redirects") : null;
        if (allowRedirects != null) {
            apm.put("allow_redirects", allowRedirects);
        }
        apm.put("enabled", true);
        return apm;
    }

    private static Map<String, Object> cardOptions() {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("installments", null);
        card.put("mandate_options", null);
        card.put("network", null);
        card.put("request_three_d_secure", "automatic");
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("card", card);
        return options;
    }

    private Map<String, Object> retrievePaymentIntent(String id, Form form, Context ctx) {
        form.allowOnly(Set.of("client_secret", "expand"));
        Map<String, Object> pi = paymentIntent(id);
        checkClientSecret(pi, form, ctx);
        return expand(pi, form);
    }

    private Map<String, Object> confirmPaymentIntent(String id, Form form, Context ctx) {
        form.allowOnly(Set.of("client_secret", "expand", "payment_method", "receipt_email", "return_url"));
        Map<String, Object> pi = paymentIntent(id);
        checkClientSecret(pi, form, ctx);
        String status = (String) pi.get("status");
        if ("succeeded".equals(status)) {
            throw ApiError.unexpectedState("You cannot confirm this PaymentIntent because it has already succeeded "
                    + "after being previously confirmed.", Json.copy(pi));
        }
        if (!"requires_payment_method".equals(status) && !"requires_confirmation".equals(status)) {
            throw ApiError.unexpectedState("You cannot confirm this PaymentIntent because it has a status of " + status
                    + ". Only a PaymentIntent with one of the following statuses may be confirmed: "
                    + "requires_confirmation, requires_payment_method, requires_action.", Json.copy(pi));
        }
        String requested = form.nonEmptyString("payment_method");
        if (requested == null) {
            requested = (String) pi.get("payment_method");
        }
        if (requested == null) {
            throw ApiError.unexpectedState("You cannot confirm this PaymentIntent because it's missing a payment "
                    + "method. To confirm the PaymentIntent with " + id + ", specify a payment method attached to this "
                    + "customer along with the customer ID.", Json.copy(pi));
        }
        String receiptEmail = email(form);
        if (receiptEmail != null) {
            pi.put("receipt_email", receiptEmail);
        }
        Map<String, Object> pm = paymentMethodFor(requested);
        TestCard card = cardOf(pm);
        Map<String, Object> charge = newCharge(pi, pm, card);
        pi.put("latest_charge", charge.get("id"));
        if (card.succeeds()) {
            pi.put("status", "succeeded");
            pi.put("amount_received", pi.get("amount"));
            pi.put("payment_method", pm.get("id"));
            pi.put("last_payment_error", null);
            intents.put(pi);
            emit(ctx, "payment_intent.succeeded", pi, null);
            return expand(pi, form);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("charge", charge.get("id"));
        error.put("code", "card_declined");
        error.put("decline_code", card.declineCode);
        error.put("doc_url", "https://stripe.com/docs/error-codes/card-declined");
        error.put("message", card.declineMessage);
        error.put("payment_method", Json.copy(pm));
        error.put("type", "card_error");
        pi.put("status", "requires_payment_method");
        pi.put("payment_method", null);
        pi.put("last_payment_error", error);
        intents.put(pi);
        emit(ctx, "payment_intent.payment_failed", pi, null);
        ApiError decline = new ApiError(402, "card_error", "card_declined", card.declineCode, null, card.declineMessage)
                .with("charge", charge.get("id"))
                .with("payment_intent", Json.copy(pi))
                .with("payment_method", Json.copy(pm));
        decline.saved = true;
        throw decline;
    }

    private Map<String, Object> cancelPaymentIntent(String id, Form form, Context ctx) {
        form.allowOnly(Set.of("cancellation_reason", "expand"));
        Map<String, Object> pi = paymentIntent(id);
        String reason = form.nonEmptyString("cancellation_reason");
        Set<String> reasons = Set.of("abandoned", "duplicate", "fraudulent", "requested_by_customer");
        if (reason != null && !reasons.contains(reason)) {
            throw ApiError.invalid("parameter_invalid_string", "cancellation_reason",
                    "Invalid cancellation_reason: must be one of abandoned, duplicate, fraudulent or requested_by_customer");
        }
        String status = (String) pi.get("status");
        if (!Set.of("requires_payment_method", "requires_capture", "requires_confirmation", "requires_action",
                "processing").contains(status)) {
            throw ApiError.unexpectedState("You cannot cancel this PaymentIntent because it has a status of " + status
                    + ". Only a PaymentIntent with one of the following statuses may be canceled: "
                    + "requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.",
                    Json.copy(pi));
        }
        pi.put("status", "canceled");
        pi.put("canceled_at", now());
        pi.put("cancellation_reason", reason);
        intents.put(pi);
        emit(ctx, "payment_intent.canceled", pi, null);
        return expand(pi, form);
    }

    private Map<String, Object> paymentIntent(String id) {
        Map<String, Object> pi = intents.get(id);
        if (pi == null) {
            throw ApiError.noSuch("payment_intent", id, "intent");
        }
        return pi;
    }

    /** With the publishable key (Stripe.js) the intent's client secret is required and must match. */
    private void checkClientSecret(Map<String, Object> pi, Form form, Context ctx) {
        String given = form.string("client_secret");
        if (given == null) {
            if (ctx.publishable) {
                throw ApiError.missingParam("client_secret");
            }
            return;
        }
        if (!given.equals(pi.get("client_secret"))) {
            throw ApiError.invalid("payment_intent_invalid_parameter", "client_secret",
                    "The client_secret provided does not match any associated PaymentIntent on this account. Ensure "
                            + "the publishable key used belongs to the same account that created the PaymentIntent.");
        }
    }

    // ---- payment methods and charges ----

    private void requirePaymentMethod(String id) {
        if (TestCard.byPaymentMethod(id).isEmpty() && !paymentMethods.contains(id)) {
            throw ApiError.noSuch("PaymentMethod", id, "payment_method");
        }
    }

    /**
     * As Stripe does for its test payment methods, {@code pm_card_visa} and friends make a new payment method
     * ({@code pm_...}) with that card; an id the stand-in made before is reused.
     */
    private Map<String, Object> paymentMethodFor(String requested) {
        Map<String, Object> existing = paymentMethods.get(requested);
        if (existing != null) {
            return existing;
        }
        TestCard card = TestCard.byPaymentMethod(requested)
                .orElseThrow(() -> ApiError.noSuch("PaymentMethod", requested, "payment_method"));
        String id = Ids.next("pm");
        Map<String, Object> pm = fixtures.fresh("payment_method", id);
        pm.put("billing_details", emptyBillingDetails());
        Map<String, Object> details = fixtures.member("payment_method", "card");
        details.put("fingerprint", card.fingerprint());
        details.put("last4", card.last4);
        details.put("generated_from", null);
        details.put("wallet", null);
        pm.put("card", details);
        pm.put("created", now());
        pm.put("customer", null);
        pm.put("metadata", new LinkedHashMap<>());
        pm.put("type", "card");
        paymentMethods.put(pm);
        cardsByPaymentMethod.put(id, card);
        return pm;
    }

    private TestCard cardOf(Map<String, Object> pm) {
        return cardsByPaymentMethod.get((String) pm.get("id"));
    }

    private static Map<String, Object> emptyBillingDetails() {
        Map<String, Object> address = new LinkedHashMap<>();
        for (String k : List.of("city", "country", "line1", "line2", "postal_code", "state")) {
            address.put(k, null);
        }
        Map<String, Object> billing = new LinkedHashMap<>();
        billing.put("address", address);
        billing.put("email", null);
        billing.put("name", null);
        billing.put("phone", null);
        billing.put("tax_id", null);
        return billing;
    }

    private Map<String, Object> newCharge(Map<String, Object> pi, Map<String, Object> pm, TestCard card) {
        String id = Ids.next("ch");
        boolean ok = card.succeeds();
        long amount = (Long) pi.get("amount");
        Map<String, Object> ch = fixtures.fresh("charge", id);
        ch.put("amount", amount);
        ch.put("amount_captured", ok ? amount : 0L);
        ch.put("amount_refunded", 0L);
        ch.put("balance_transaction", ok ? Ids.next("txn") : null);
        ch.put("billing_details", emptyBillingDetails());
        ch.put("calculated_statement_descriptor", "BAZAAR");
        ch.put("captured", ok);
        ch.put("created", now());
        ch.put("currency", pi.get("currency"));
        ch.put("customer", null);
        ch.put("description", pi.get("description"));
        ch.put("disputed", false);
        ch.put("failure_balance_transaction", null);
        ch.put("failure_code", ok ? null : "card_declined");
        ch.put("failure_message", ok ? null : card.declineMessage);
        ch.put("fraud_details", new LinkedHashMap<>());
        ch.put("metadata", Json.copy(pi.get("metadata")));
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("advice_code", null);
        outcome.put("network_advice_code", null);
        outcome.put("network_decline_code", null);
        outcome.put("network_status", ok ? "approved_by_network" : "declined_by_network");
        outcome.put("reason", ok ? null : card.declineCode);
        outcome.put("risk_level", "normal");
        outcome.put("risk_score", 32L);
        outcome.put("seller_message", ok ? "Payment complete." : card.sellerMessage);
        outcome.put("type", ok ? "authorized" : "issuer_declined");
        ch.put("outcome", outcome);
        ch.put("paid", ok);
        ch.put("payment_intent", pi.get("id"));
        ch.put("payment_method", pm.get("id"));
        Map<String, Object> details = fixtures.member("charge", "payment_method_details");
        @SuppressWarnings("unchecked")
        Map<String, Object> cardDetails = (Map<String, Object>) details.get("card");
        cardDetails.put("amount_authorized", ok ? amount : null);
        cardDetails.put("fingerprint", card.fingerprint());
        cardDetails.put("last4", card.last4);
        cardDetails.put("installments", null);
        cardDetails.put("wallet", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> overcapture = (Map<String, Object>) cardDetails.get("overcapture");
        overcapture.put("maximum_amount_capturable", amount);
        ch.put("payment_method_details", details);
        ch.put("receipt_email", pi.get("receipt_email"));
        ch.put("receipt_number", null);
        ch.put("receipt_url", null);
        ch.put("refunded", false);
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("data", new ArrayList<>());
        list.put("has_more", false);
        list.put("total_count", 0L);
        list.put("url", "/v1/charges/" + id + "/refunds");
        ch.put("refunds", list);
        ch.put("review", null);
        ch.put("shipping", null);
        ch.put("source", null);
        ch.put("source_transfer", null);
        ch.put("statement_descriptor", pi.get("statement_descriptor"));
        ch.put("statement_descriptor_suffix", pi.get("statement_descriptor_suffix"));
        ch.put("status", ok ? "succeeded" : "failed");
        ch.put("transfer_data", null);
        ch.put("transfer_group", pi.get("transfer_group"));
        charges.put(ch);
        return ch;
    }

    // ---- refunds ----

    @SuppressWarnings("unchecked")
    private Map<String, Object> createRefund(Form form, Context ctx) {
        form.allowOnly(Set.of("amount", "charge", "expand", "metadata", "payment_intent", "reason"));
        String piId = form.nonEmptyString("payment_intent");
        String chargeId = form.nonEmptyString("charge");
        if (piId == null && chargeId == null) {
            throw ApiError.invalid("parameter_missing", null,
                    "One of the following params should be provided for this request: payment_intent or charge.");
        }
        Map<String, Object> charge;
        if (piId != null) {
            Map<String, Object> pi = intents.get(piId);
            if (pi == null) {
                throw ApiError.noSuch("payment_intent", piId, "payment_intent");
            }
            if (!"succeeded".equals(pi.get("status"))) {
                throw new ApiError(400, "invalid_request_error", "payment_intent_unexpected_state", null,
                        "payment_intent", "This PaymentIntent (" + piId + ") does not have a successful charge to refund.");
            }
            charge = charges.get((String) pi.get("latest_charge"));
            if (chargeId != null && !chargeId.equals(charge.get("id"))) {
                throw ApiError.invalid("parameter_invalid_string", "charge", "The charge " + chargeId
                        + " does not belong to the PaymentIntent " + piId + ".");
            }
        } else {
            charge = charges.get(chargeId);
            if (charge == null) {
                throw ApiError.noSuch("charge", chargeId, "charge");
            }
        }
        String chId = (String) charge.get("id");
        if (!"succeeded".equals(charge.get("status"))) {
            throw ApiError.invalid("charge_not_refundable", "charge",
                    "Charge " + chId + " has a status of " + charge.get("status") + " and cannot be refunded.");
        }
        Map<String, Object> dispute = disputeOf(chId);
        if (dispute != null && !"won".equals(dispute.get("status"))) {
            throw ApiError.invalid("charge_disputed", null, "Charge " + chId + " has been charged back; cannot issue a refund.");
        }
        long total = (Long) charge.get("amount");
        long refunded = (Long) charge.get("amount_refunded");
        String currency = (String) charge.get("currency");
        if (refunded >= total) {
            throw ApiError.invalid("charge_already_refunded", null, "Charge " + chId + " has already been refunded.");
        }
        Long requested = form.integer("amount");
        if (requested != null && requested <= 0) {
            throw ApiError.invalid("parameter_invalid_integer", "amount", "Invalid positive integer");
        }
        long amount = requested == null ? total - refunded : requested;
        if (amount > total - refunded) {
            throw ApiError.invalid("amount_too_large", "amount", refunded == 0
                    ? "Refund amount (" + Money.format(amount, currency) + ") is greater than charge amount ("
                            + Money.format(total, currency) + ")"
                    : "Refund amount (" + Money.format(amount, currency) + ") is greater than unrefunded amount on charge ("
                            + Money.format(total - refunded, currency) + ")");
        }
        String reason = form.nonEmptyString("reason");
        if (reason != null && !Set.of("duplicate", "fraudulent", "requested_by_customer").contains(reason)) {
            throw ApiError.invalid("parameter_invalid_string", "reason",
                    "Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer");
        }
        Map<String, Object> metadata = form.metadata("metadata");

        String id = Ids.next("re");
        Map<String, Object> refund = fixtures.fresh("refund", id);
        refund.put("amount", amount);
        refund.put("balance_transaction", Ids.next("txn"));
        refund.put("charge", chId);
        refund.put("created", now());
        refund.put("currency", currency);
        refund.put("metadata", metadata);
        refund.put("payment_intent", charge.get("payment_intent"));
        refund.put("reason", reason);
        refund.put("receipt_number", null);
        refund.put("status", "succeeded");
        refund.put("payment_method", charge.get("payment_method"));
        refunds.put(refund);

        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("amount_refunded", refunded);
        charge.put("amount_refunded", refunded + amount);
        if (refunded + amount == total) {
            previous.put("refunded", false);
            charge.put("refunded", true);
        }
        Map<String, Object> list = (Map<String, Object>) charge.get("refunds");
        ((List<Object>) list.get("data")).add(0, refund);
        list.put("total_count", (long) ((List<Object>) list.get("data")).size());
        charges.put(charge);
        emit(ctx, "charge.refunded", charge, previous);
        emit(ctx, "charge.refund.updated", refund, null);
        return expand(refund, form);
    }

    // ---- retrieval and expansion ----

    // ---- Connect: Express accounts and their onboarding ------------------------------------------------

    private static final Set<String> REQUIRED_AT_ONBOARDING = Set.of("business_profile.url", "external_account",
            "tos_acceptance.date", "tos_acceptance.ip");

    private Map<String, Object> createAccount(Form form) {
        form.allowOnly(Set.of("business_profile", "business_type", "capabilities", "country", "default_currency", "email",
                "expand", "metadata", "type"));
        String type = form.requiredString("type");
        if (!Set.of("express", "standard", "custom").contains(type)) {
            throw ApiError.invalid("parameter_invalid_string", "type", "Invalid type: must be one of custom, express, or standard");
        }
        String country = form.nonEmptyString("country");
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw ApiError.invalid("country_unsupported", "country", "Country '" + country + "' is unknown. Try using a 2-character"
                    + " alphanumeric country code instead, such as 'US', 'EG', or 'GB'.");
        }
        Map<String, Object> account = fixtures.fresh("account", Ids.next("acct"));
        account.put("type", type);
        account.put("country", country == null ? "US" : country.toUpperCase(Locale.ROOT));
        account.put("email", form.nonEmptyString("email"));
        account.put("created", now());
        account.put("details_submitted", false);
        account.put("charges_enabled", false);
        account.put("payouts_enabled", false);
        account.put("metadata", form.metadata("metadata"));
        Map<String, Object> capabilities = new LinkedHashMap<>();
        capabilities.put("transfers", "inactive");
        account.put("capabilities", capabilities);
        account.put("requirements", requirements(new ArrayList<>(new java.util.TreeSet<>(REQUIRED_AT_ONBOARDING)),
                "requirements.past_due"));
        accounts.put(account);
        return account;
    }

    private Map<String, Object> requirements(List<String> due, String disabledReason) {
        Map<String, Object> requirements = Json.copy(fixtures.member("account", "requirements"));
        requirements.put("currently_due", due);
        requirements.put("eventually_due", due);
        requirements.put("past_due", due);
        requirements.put("disabled_reason", disabledReason);
        return requirements;
    }

    private Map<String, Object> createAccountLink(Form form) {
        form.allowOnly(Set.of("account", "collect", "expand", "refresh_url", "return_url", "type"));
        String accountId = form.requiredString("account");
        if (!accounts.contains(accountId)) {
            throw ApiError.noSuch("account", accountId, "account");
        }
        String type = form.requiredString("type");
        if (!Set.of("account_onboarding", "account_update").contains(type)) {
            throw ApiError.invalid("parameter_invalid_string", "type", "Invalid type: must be one of account_onboarding or account_update");
        }
        String refresh = form.requiredString("refresh_url");
        String back = form.requiredString("return_url");
        for (String url : List.of(refresh, back)) {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw ApiError.invalid("url_invalid", url.equals(refresh) ? "refresh_url" : "return_url", "Not a valid URL");
            }
        }
        String linkId = Ids.random(24);
        long created = now();
        onboardingLinks.put(linkId, new OnboardingLink(accountId, refresh, back, created + 300));
        Map<String, Object> link = fixtures.fresh("account_link", null);
        link.remove("id");
        link.remove("livemode");
        link.put("created", created);
        link.put("expires_at", created + 300);
        link.put("url", "http://localhost:" + settings.port() + "/stand-in/connect/onboarding/" + linkId);
        return link;
    }

    /** Stripe's hosted onboarding, imitated: one page with the account's details and a button that completes them. */
    Answer onboardingPage(String linkId) {
        lock.lock();
        try {
            OnboardingLink link = onboardingLinks.get(linkId);
            if (link == null || link.used || link.expiresAt < now()) {
                return link == null ? new Answer(404, "text/plain; charset=utf-8", "This link is not known.\n")
                        : redirect(link.refreshUrl);
            }
            Map<String, Object> account = accounts.get(link.accountId);
            String name = account.get("business_profile") instanceof Map<?, ?> profile && profile.get("name") instanceof String n ? n : "";
            return new Answer(200, "text/html; charset=utf-8", """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>Stripe Express onboarding (stand-in)</title></head>
                    <body>
                    <h1>Stripe Express onboarding</h1>
                    <p>Bazaar's Stripe stand-in, not Stripe: no details are asked and nothing is sent anywhere.</p>
                    <p>Account <code id="account">%s</code> for <strong id="business">%s</strong> (%s)</p>
                    <form method="post" action="/stand-in/connect/onboarding/%s">
                    <button type="submit" id="complete">Agree and submit</button>
                    </form>
                    </body></html>
                    """.formatted(escape(link.accountId), escape(name), escape(String.valueOf(account.get("country"))), linkId));
        } finally {
            lock.unlock();
        }
    }

    /** Completes the onboarding the link is for: the account can take payouts; account.updated is sent; back to the return URL. */
    Answer completeOnboarding(String linkId) {
        Context ctx = new Context(null, null);
        try {
            lock.lock();
            try {
                OnboardingLink link = onboardingLinks.get(linkId);
                if (link == null) {
                    return new Answer(404, "text/plain; charset=utf-8", "This link is not known.\n");
                }
                if (link.used || link.expiresAt < now()) {
                    return redirect(link.refreshUrl);
                }
                link.used = true;
                Map<String, Object> account = accounts.get(link.accountId);
                Map<String, Object> previous = new LinkedHashMap<>();
                previous.put("details_submitted", account.get("details_submitted"));
                previous.put("charges_enabled", account.get("charges_enabled"));
                previous.put("payouts_enabled", account.get("payouts_enabled"));
                account.put("details_submitted", true);
                account.put("charges_enabled", true);
                account.put("payouts_enabled", true);
                @SuppressWarnings("unchecked")
                Map<String, Object> capabilities = (Map<String, Object>) account.get("capabilities");
                capabilities.put("transfers", "active");
                account.put("requirements", requirements(List.of(), null));
                accounts.put(account);
                emit(ctx, "account.updated", account, previous);
                return redirect(link.returnUrl);
            } finally {
                lock.unlock();
            }
        } finally {
            ctx.outbox.forEach(webhooks::deliver);
        }
    }

    // ---- Connect: transfers to connected accounts and their reversals -----------------------------------

    private Map<String, Object> createTransfer(Form form) {
        form.allowOnly(Set.of("amount", "currency", "description", "destination", "expand", "metadata", "source_transaction",
                "transfer_group"));
        Long amount = form.integer("amount");
        if (amount == null) {
            throw ApiError.missingParam("amount");
        }
        if (amount <= 0 || amount > Money.MAXIMUM) {
            throw ApiError.invalid("parameter_invalid_integer", "amount", "Invalid positive integer");
        }
        String currency = currency(form);
        String destination = form.requiredString("destination");
        Map<String, Object> account = accounts.get(destination);
        if (account == null) {
            throw ApiError.noSuch("destination", destination, "destination");
        }
        if (!(account.get("capabilities") instanceof Map<?, ?> capabilities) || !"active".equals(capabilities.get("transfers"))) {
            throw ApiError.invalid("insufficient_capabilities_for_transfer", "destination", "Your destination account needs to have"
                    + " at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments");
        }
        String source = form.nonEmptyString("source_transaction");
        if (source != null) {
            Map<String, Object> charge = charges.get(source);
            if (charge == null) {
                throw ApiError.noSuch("charge", source, "source_transaction");
            }
            if (!"succeeded".equals(charge.get("status"))) {
                throw ApiError.invalid("invalid_source_transaction", "source_transaction",
                        "The source_transaction " + source + " has not succeeded.");
            }
            if (!currency.equals(charge.get("currency"))) {
                throw ApiError.invalid("parameter_invalid_string", "currency", "The currency of the transfer must match the"
                        + " currency of the source_transaction (" + charge.get("currency") + ").");
            }
            if (amount > (Long) charge.get("amount")) {
                throw ApiError.invalid("amount_too_large", "amount", "Transfer amount (" + Money.format(amount, currency)
                        + ") is greater than the source_transaction's amount (" + Money.format((Long) charge.get("amount"), currency) + ")");
            }
        }
        String id = Ids.next("tr");
        Map<String, Object> transfer = fixtures.fresh("transfer", id);
        transfer.put("amount", amount);
        transfer.put("amount_reversed", 0L);
        transfer.put("balance_transaction", Ids.next("txn"));
        transfer.put("created", now());
        transfer.put("currency", currency);
        transfer.put("description", form.string("description"));
        transfer.put("destination", destination);
        transfer.put("destination_payment", Ids.next("py"));
        transfer.put("metadata", form.metadata("metadata"));
        transfer.put("reversals", reversalList(id, new ArrayList<>()));
        transfer.put("reversed", false);
        transfer.put("source_transaction", source);
        transfer.put("transfer_group", form.string("transfer_group"));
        transfers.put(transfer);
        transferIds.add(id);
        return expand(transfer, form);
    }

    private Map<String, Object> listTransfers(Form form) {
        form.allowOnly(Set.of("destination", "limit", "transfer_group"));
        Long limit = form.integer("limit");
        if (limit != null && (limit < 1 || limit > 100)) {
            throw ApiError.invalid("parameter_invalid_integer", "limit", "Invalid integer: must be greater than or equal to 1"
                    + " and less than or equal to 100.");
        }
        String destination = form.string("destination");
        String group = form.string("transfer_group");
        int max = limit == null ? 10 : limit.intValue();
        List<Object> data = new ArrayList<>();
        boolean more = false;
        for (int i = transferIds.size() - 1; i >= 0; i--) {
            Map<String, Object> transfer = transfers.get(transferIds.get(i));
            if ((destination != null && !destination.equals(transfer.get("destination")))
                    || (group != null && !group.equals(transfer.get("transfer_group")))) {
                continue;
            }
            if (data.size() == max) {
                more = true;
                break;
            }
            data.add(transfer);
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("data", data);
        list.put("has_more", more);
        list.put("url", "/v1/transfers");
        return list;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> createTransferReversal(String transferId, Form form) {
        form.allowOnly(Set.of("amount", "description", "expand", "metadata", "refund_application_fee"));
        Map<String, Object> transfer = transfers.get(transferId);
        if (transfer == null) {
            throw ApiError.noSuch("transfer", transferId, "id");
        }
        long total = (Long) transfer.get("amount");
        long reversed = (Long) transfer.get("amount_reversed");
        String currency = (String) transfer.get("currency");
        if (reversed >= total) {
            throw ApiError.invalid("transfer_already_reversed", null, "Transfer " + transferId + " has already been fully reversed.");
        }
        Long requested = form.integer("amount");
        if (requested != null && requested <= 0) {
            throw ApiError.invalid("parameter_invalid_integer", "amount", "Invalid positive integer");
        }
        long amount = requested == null ? total - reversed : requested;
        if (amount > total - reversed) {
            throw ApiError.invalid("amount_too_large", "amount", "Reversal amount (" + Money.format(amount, currency)
                    + ") is greater than the unreversed amount on the transfer (" + Money.format(total - reversed, currency) + ")");
        }
        Map<String, Object> reversal = fixtures.fresh("transfer_reversal", Ids.next("trr"));
        reversal.put("amount", amount);
        reversal.put("balance_transaction", Ids.next("txn"));
        reversal.put("created", now());
        reversal.put("currency", currency);
        reversal.put("destination_payment_refund", Ids.next("pyr"));
        reversal.put("metadata", form.metadata("metadata"));
        reversal.put("source_refund", null);
        reversal.put("transfer", transferId);
        Map<String, Object> list = (Map<String, Object>) transfer.get("reversals");
        List<Object> data = (List<Object>) list.get("data");
        data.add(0, reversal);
        transfer.put("reversals", reversalList(transferId, data));
        transfer.put("amount_reversed", reversed + amount);
        transfer.put("reversed", reversed + amount == total);
        transfers.put(transfer);
        return reversal;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> listTransferReversals(String transferId, Form form) {
        form.allowOnly(Set.of("limit"));
        Map<String, Object> transfer = transfers.get(transferId);
        if (transfer == null) {
            throw ApiError.noSuch("transfer", transferId, "id");
        }
        return (Map<String, Object>) transfer.get("reversals");
    }

    private static Map<String, Object> reversalList(String transferId, List<Object> data) {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("data", data);
        list.put("has_more", false);
        list.put("total_count", (long) data.size());
        list.put("url", "/v1/transfers/" + transferId + "/reversals");
        return list;
    }

    private static Answer redirect(String url) {
        return new Answer(303, null, "").header("Location", url);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final class OnboardingLink {
        final String accountId;
        final String refreshUrl;
        final String returnUrl;
        final long expiresAt;
        boolean used;

        OnboardingLink(String accountId, String refreshUrl, String returnUrl, long expiresAt) {
            this.accountId = accountId;
            this.refreshUrl = refreshUrl;
            this.returnUrl = returnUrl;
            this.expiresAt = expiresAt;
        }
    }

    private Map<String, Object> retrieve(ObjectStore store, String kind, String id, Form form) {
        form.allowOnly(Set.of("expand"));
        Map<String, Object> object = store.get(id);
        if (object == null) {
            throw ApiError.noSuch(kind, id, "id");
        }
        return expand(object, form);
    }

    private String retrieveEvent(String id, Form form) {
        form.allowOnly(Set.of());
        EventRecord event = events.get(id);
        if (event == null) {
            throw ApiError.noSuch("event", id, "id");
        }
        return event.payload();
    }

    private Map<String, Object> listEvents(Form form) {
        form.allowOnly(Set.of("limit", "type"));
        Long limit = form.integer("limit");
        if (limit != null && (limit < 1 || limit > 100)) {
            throw ApiError.invalid("parameter_invalid_integer", "limit",
                    "This value must be greater than or equal to 1 and less than or equal to 100.");
        }
        String type = form.string("type");
        List<Object> data = new ArrayList<>();
        List<EventRecord> newestFirst = new ArrayList<>(events.values());
        java.util.Collections.reverse(newestFirst);
        int max = limit == null ? 10 : limit.intValue();
        boolean more = false;
        for (EventRecord e : newestFirst) {
            if (type != null && !type.equals(e.type)) {
                continue;
            }
            if (data.size() == max) {
                more = true;
                break;
            }
            data.add(Json.parse(e.payload()));
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("data", data);
        list.put("has_more", more);
        list.put("url", "/v1/events");
        return list;
    }

    /** Stripe's {@code expand[]}: replaces the named id fields (dotted paths allowed) by the objects. */
    private Map<String, Object> expand(Map<String, Object> object, Form form) {
        List<String> paths = form.list("expand");
        if (paths.isEmpty()) {
            return object;
        }
        Map<String, Object> copy = Json.copy(object);
        for (String path : paths) {
            expandPath(copy, path.split("\\."), 0, path);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private void expandPath(Map<String, Object> object, String[] parts, int i, String path) {
        ApiError cannot = ApiError.invalid(null, "expand", "This property cannot be expanded (" + path + ").");
        if (!object.containsKey(parts[i])) {
            throw cannot;
        }
        Object value = object.get(parts[i]);
        if (value == null) {
            return;
        }
        if (value instanceof String id) {
            Map<String, Object> found = lookup(id);
            if (found == null) {
                throw cannot;
            }
            value = Json.copy(found);
            object.put(parts[i], value);
        }
        if (i + 1 < parts.length) {
            if (!(value instanceof Map)) {
                throw cannot;
            }
            expandPath((Map<String, Object>) value, parts, i + 1, path);
        }
    }

    private Map<String, Object> lookup(String id) {
        int underscore = id.indexOf('_');
        String prefix = underscore < 0 ? "" : id.substring(0, underscore);
        return switch (prefix) {
            case "pi" -> intents.get(id);
            case "ch" -> charges.get(id);
            case "re" -> refunds.get(id);
            case "pm" -> paymentMethods.get(id);
            case "dp" -> disputes.get(id);
            case "acct" -> accounts.get(id);
            case "tr" -> transfers.get(id);
            default -> null;
        };
    }

    // =====================================================================================================
    // Stand-in controls (/stand-in), not Stripe's
    // =====================================================================================================

    /**
     * Opens a dispute on a succeeded charge, as a cardholder's bank would; sends charge.dispute.created.
     * A chargeback withdraws the amount and Stripe's dispute fee (its balance transaction); with
     * {@code inquiry=true} it is an inquiry ({@code warning_needs_response}), which withdraws nothing.
     */
    Answer createDispute(String chargeId, Form form) {
        return control(ctx -> {
            form.allowOnly(Set.of("amount", "reason", "inquiry"));
            boolean inquiry = "true".equals(form.string("inquiry"));
            Map<String, Object> charge = charges.get(chargeId);
            if (charge == null) {
                throw ApiError.noSuch("charge", chargeId, "charge");
            }
            if (!"succeeded".equals(charge.get("status"))) {
                throw ApiError.invalid("charge_not_disputable", "charge",
                        "Charge " + chargeId + " did not succeed, so there is nothing to dispute.");
            }
            Map<String, Object> existing = disputeOf(chargeId);
            if (existing != null) {
                throw ApiError.invalid("charge_already_disputed", "charge",
                        "Charge " + chargeId + " already has a dispute (" + existing.get("id") + ").");
            }
            long remaining = (Long) charge.get("amount") - (Long) charge.get("amount_refunded");
            if (remaining <= 0) {
                throw ApiError.invalid("charge_already_refunded", "charge",
                        "Charge " + chargeId + " has been fully refunded, so it cannot be disputed.");
            }
            Long amount = form.integer("amount");
            if (amount != null && (amount <= 0 || amount > remaining)) {
                throw ApiError.invalid("parameter_invalid_integer", "amount",
                        "The dispute amount must be between 1 and " + remaining + " (the charge's unrefunded amount).");
            }
            String reason = form.nonEmptyString("reason");
            if (reason != null && !DISPUTE_REASONS.contains(reason)) {
                throw ApiError.invalid("parameter_invalid_string", "reason",
                        "Invalid reason: must be one of " + String.join(", ", new java.util.TreeSet<>(DISPUTE_REASONS)));
            }
            String id = Ids.next("dp");
            Map<String, Object> dispute = fixtures.fresh("dispute", id);
            long disputed = amount == null ? remaining : amount;
            dispute.put("amount", disputed);
            List<Object> transactions = new ArrayList<>();
            if (!inquiry) {
                transactions.add(disputeTransaction(id, -disputed, DISPUTE_FEE, (String) charge.get("currency"), "dispute"));
            }
            dispute.put("balance_transactions", transactions);
            dispute.put("charge", chargeId);
            dispute.put("created", now());
            dispute.put("currency", charge.get("currency"));
            Map<String, Object> evidenceDetails = new LinkedHashMap<>();
            evidenceDetails.put("due_by", LocalDate.now(ZoneOffset.UTC).plusDays(8).atStartOfDay()
                    .toEpochSecond(ZoneOffset.UTC) - 1);
            evidenceDetails.put("has_evidence", false);
            evidenceDetails.put("past_due", false);
            evidenceDetails.put("submission_count", 0L);
            evidenceDetails.put("enhanced_eligibility", new LinkedHashMap<>());
            dispute.put("evidence_details", evidenceDetails);
            dispute.put("is_charge_refundable", false);
            dispute.put("metadata", new LinkedHashMap<>());
            dispute.put("payment_intent", charge.get("payment_intent"));
            @SuppressWarnings("unchecked")
            Map<String, Object> card = (Map<String, Object>) ((Map<String, Object>) dispute.get("payment_method_details")).get("card");
            card.put("case_type", inquiry ? "inquiry" : "chargeback");
            dispute.put("reason", reason == null ? "fraudulent" : reason);
            dispute.put("status", inquiry ? "warning_needs_response" : "needs_response");
            dispute.put("enhanced_eligibility_types", new ArrayList<>());
            disputes.put(dispute);
            disputeByCharge.put(chargeId, id);
            charge.put("disputed", true);
            charges.put(charge);
            emit(ctx, "charge.dispute.created", dispute, null);
            return dispute;
        });
    }

    /**
     * Closes an open dispute: a chargeback as won (its amount comes back, and its fee unless
     * {@code return_fee=false}) or lost, an inquiry as {@code warning_closed}; sends charge.dispute.closed.
     */
    Answer closeDispute(String disputeId, Form form) {
        return control(ctx -> {
            form.allowOnly(Set.of("status", "return_fee"));
            Map<String, Object> dispute = disputes.get(disputeId);
            if (dispute == null) {
                throw ApiError.noSuch("dispute", disputeId, "id");
            }
            String status = form.requiredString("status");
            boolean inquiry = ((String) dispute.get("status")).startsWith("warning_");
            if (inquiry ? !"warning_closed".equals(status) : !"won".equals(status) && !"lost".equals(status)) {
                throw ApiError.invalid("parameter_invalid_string", "status",
                        "Invalid status: must be " + (inquiry ? "warning_closed (the dispute is an inquiry)" : "won or lost"));
            }
            if (!OPEN_DISPUTE.contains((String) dispute.get("status"))) {
                throw ApiError.invalid("dispute_already_closed", "status",
                        "Dispute " + disputeId + " is already closed (" + dispute.get("status") + ").");
            }
            Map<String, Object> previous = new LinkedHashMap<>();
            previous.put("status", dispute.get("status"));
            dispute.put("status", status);
            if ("won".equals(status)) {
                @SuppressWarnings("unchecked")
                List<Object> transactions = new ArrayList<>((List<Object>) dispute.get("balance_transactions"));
                previous.put("balance_transactions", new ArrayList<>(transactions));
                transactions.add(disputeTransaction(disputeId, (Long) dispute.get("amount"),
                        "false".equals(form.string("return_fee")) ? 0 : -DISPUTE_FEE, (String) dispute.get("currency"), "dispute_reversal"));
                dispute.put("balance_transactions", transactions);
            }
            disputes.put(dispute);
            emit(ctx, "charge.dispute.closed", dispute, previous);
            return dispute;
        });
    }

    /** The events sent so far, oldest first, with their delivery status; {@code type} filters. */
    Answer listSentEvents(Form form) {
        String type = form.string("type");
        List<EventRecord> records;
        lock.lock();
        try {
            records = new ArrayList<>(events.values());
        } finally {
            lock.unlock();
        }
        List<Object> data = new ArrayList<>();
        for (EventRecord e : records) {
            if (type == null || type.equals(e.type)) {
                Map<String, Object> item = e.describe();
                item.put("event", Json.parse(e.payload()));
                data.add(item);
            }
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("object", "list");
        list.put("webhook_url", webhooks.url());
        list.put("data", data);
        return Answer.json(200, list);
    }

    /** Delivers an event again (same id, fresh signature), as Stripe sometimes delivers twice. */
    Answer resendEvent(String eventId) {
        EventRecord event;
        lock.lock();
        try {
            event = events.get(eventId);
        } finally {
            lock.unlock();
        }
        if (event == null) {
            ApiError e = ApiError.noSuch("event", eventId, "id");
            return Answer.json(e.status, e.body());
        }
        event.requeued();
        webhooks.deliver(event);
        return Answer.json(200, event.describe());
    }

    /** Forgets everything: objects, events (pending deliveries are dropped) and idempotency keys. */
    Answer reset() {
        lock.lock();
        try {
            intents.clear();
            charges.clear();
            refunds.clear();
            paymentMethods.clear();
            cardsByPaymentMethod.clear();
            disputes.clear();
            disputeByCharge.clear();
            accounts.clear();
            transfers.clear();
            transferIds.clear();
            onboardingLinks.clear();
            events.values().forEach(EventRecord::cancel);
            events.clear();
            idempotency.clear();
        } finally {
            lock.unlock();
        }
        return Answer.json(200, Map.of("reset", true));
    }

    private Answer control(java.util.function.Function<Context, Map<String, Object>> action) {
        Context ctx = new Context(null, null);
        try {
            lock.lock();
            try {
                return Answer.json(200, action.apply(ctx));
            } finally {
                lock.unlock();
            }
        } catch (ApiError e) {
            return Answer.json(e.status, e.body());
        } catch (RuntimeException e) {
            return internalError(e);
        } finally {
            ctx.outbox.forEach(webhooks::deliver);
        }
    }

    /**
     * A balance transaction of a dispute: the amount withdrawn (negative) or reinstated, and Stripe's
     * dispute fee on it (withdrawn: positive; returned: negative), as Stripe lists them on the dispute.
     */
    private Map<String, Object> disputeTransaction(String disputeId, long amount, long fee, String currency, String category) {
        Map<String, Object> transaction = fixtures.fresh("balance_transaction", Ids.next("txn"));
        transaction.put("amount", amount);
        transaction.put("available_on", now());
        transaction.put("created", now());
        transaction.put("currency", currency);
        transaction.put("description", "Chargeback " + ("dispute".equals(category) ? "withdrawal" : "reversal") + " for " + disputeId);
        transaction.put("fee", fee);
        List<Object> details = new ArrayList<>();
        if (fee != 0) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("amount", fee);
            detail.put("application", null);
            detail.put("currency", currency);
            detail.put("description", fee > 0 ? "Dispute fee" : "Dispute fee refund");
            detail.put("type", "stripe_fee");
            details.add(detail);
        }
        transaction.put("fee_details", details);
        transaction.put("net", amount - fee);
        transaction.put("reporting_category", category);
        transaction.put("source", disputeId);
        transaction.put("type", "adjustment");
        return transaction;
    }

    private Map<String, Object> disputeOf(String chargeId) {
        return disputes.get(disputeByCharge.get(chargeId));
    }

    // =====================================================================================================
    // Events
    // =====================================================================================================

    /** Records an event about {@code object} (as it is now) and queues it for delivery once the lock is released. */
    private void emit(Context ctx, String type, Map<String, Object> object, Map<String, Object> previous) {
        String id = Ids.next("evt");
        long created = now();
        Map<String, Object> event = fixtures.fresh("event", id);
        event.put("api_version", settings.apiVersion());
        event.put("created", created);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("object", Json.copy(object));
        if (previous != null) {
            data.put("previous_attributes", Json.copy(previous));
        }
        event.put("data", data);
        event.put("pending_webhooks", webhooks.enabled() ? 1L : 0L);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", ctx.requestId);
        request.put("idempotency_key", ctx.idempotencyKey);
        event.put("request", request);
        event.put("type", type);
        EventRecord record = new EventRecord(id, type, created, (String) object.get("id"), Json.write(event));
        events.put(id, record);
        ctx.outbox.add(record);
    }

    // =====================================================================================================

    private static String currency(Form form) {
        String currency = form.requiredString("currency").toLowerCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            throw ApiError.invalid("parameter_invalid_string", "currency",
                    "Invalid currency: " + currency + ". Stripe currencies are three-letter ISO codes, such as eur or usd.");
        }
        return currency;
    }

    private static String email(Form form) {
        String email = form.nonEmptyString("receipt_email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApiError.invalid("email_invalid", "receipt_email", "Invalid email address: " + email);
        }
        return email;
    }

    /** A bug in the stand-in: answered as Stripe answers its own failures (500 api_error), and printed. */
    static Answer internalError(RuntimeException e) {
        System.err.println("[stripe-stand-in] internal error: " + e);
        e.printStackTrace();
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", "Bazaar's Stripe stand-in failed: " + e);
        error.put("type", "api_error");
        return Answer.json(500, Map.of("error", error));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private void route(String method, String path, boolean browser, Handler handler) {
        routes.add(new Route(method, Pattern.compile(path), browser, handler));
    }

    /** @param browser whether the publishable key may call it (Stripe.js does) */
    private record Route(String method, Pattern path, boolean browser, Handler handler) {
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Matcher path, Form form, Context ctx);
    }

    /** One API call's request id, idempotency key, caller, and the events it caused. */
    private static final class Context {
        final String requestId;
        final String idempotencyKey;
        boolean publishable;
        final List<EventRecord> outbox = new ArrayList<>();

        Context(String requestId, String idempotencyKey) {
            this.requestId = requestId;
            this.idempotencyKey = idempotencyKey;
        }
    }

    /** The first answer given for an idempotency key, and what it was asked. */
    private record Saved(String endpoint, String params, int status, String body, String requestId) {
    }
}
