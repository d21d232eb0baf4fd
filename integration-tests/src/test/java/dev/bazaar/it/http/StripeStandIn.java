package dev.bazaar.it.http;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The local stand-in for Stripe that Bazaar talks to in the tests (stripe-stand-in, on WireMock): its
 * request journal shows what Bazaar sent; stubs added through WireMock's admin API inject faults; and
 * webhooks are signed here exactly as Stripe signs them.
 */
public final class StripeStandIn {

    public static final String BASE = System.getProperty("bazaar.stripe.stand-in.url", "http://127.0.0.1:12111");
    public static final String WEBHOOK_SECRET = System.getProperty("bazaar.stripe.webhook-secret", "whsec_bazaar_stand_in");
    public static final String SECRET_KEY = System.getProperty("bazaar.stripe.secret-key", "sk_test_bazaar_stand_in");
    public static final String PUBLISHABLE_KEY = System.getProperty("bazaar.stripe.publishable-key", "pk_test_bazaar_stand_in");

    /** The header {@link #answeringLate} marks the request it passes on with, so its own stub lets that one through. */
    public static final String PASSED_ON = "X-Bazaar-Test-Passed-On";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One request Bazaar sent: its form fields (decoded) and headers. */
    public record Sent(String method, String url, Map<String, String> form, Map<String, String> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    private StripeStandIn() {
    }

    /** The requests Bazaar sent with {@code method} to {@code urlPath}, oldest first. */
    public static List<Sent> sent(String method, String urlPath) {
        JsonObject found = Http.json(call("POST", "/__admin/requests/find",
                Json.createObjectBuilder().add("method", method).add("urlPath", urlPath).build().toString()));
        return found.getJsonArray("requests").stream().map(JsonValue::asJsonObject).map(StripeStandIn::sent)
                .sorted(java.util.Comparator.comparing(s -> s.headers().getOrDefault("__loggedDate", "")))
                .toList();
    }

    /** The intents Bazaar asked Stripe to create for one order (its number is the transfer group). */
    public static List<Sent> intentsCreatedFor(String orderNumber) {
        return sent("POST", "/v1/payment_intents").stream().filter(s -> orderNumber.equals(s.form().get("transfer_group"))).toList();
    }

    /** Adds a WireMock stub (JSON mapping) that wins over the stand-in's own behaviour; returns its id. */
    public static String stub(JsonObject mapping) {
        HttpResponse<String> added = call("POST", "/__admin/mappings", mapping.toString());
        if (added.statusCode() != 201) {
            throw new IllegalStateException("WireMock refused the stub: " + added.statusCode() + " " + added.body());
        }
        return Http.json(added).getString("id");
    }

    /** POST {@code urlPath} answers {@code status} with Stripe's error shape, ahead of the stand-in. */
    public static String failing(String urlPath, int status) {
        return stub(Json.createObjectBuilder()
                .add("priority", 1)
                .add("request", Json.createObjectBuilder().add("method", "POST").add("urlPath", urlPath))
                .add("response", Json.createObjectBuilder().add("status", status)
                        .add("headers", Json.createObjectBuilder().add("Content-Type", "application/json"))
                        .add("body", "{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong on Stripe's end.\"}}"))
                .build());
    }

    /** POST {@code urlPath} answers only after {@code millis} (longer than Bazaar waits). */
    public static String slow(String urlPath, int millis) {
        return stub(Json.createObjectBuilder()
                .add("priority", 1)
                .add("request", Json.createObjectBuilder().add("method", "POST").add("urlPath", urlPath))
                .add("response", Json.createObjectBuilder().add("status", 500).add("fixedDelayMilliseconds", millis)
                        .add("body", "{}"))
                .build());
    }

    /**
     * POST {@code urlPath} with {@code bodyContains} in its form reaches the stand-in, which acts on it,
     * but its answer comes back only after {@code millis} (longer than Bazaar waits): Stripe did the work
     * and Bazaar never heard, as when a server dies between its call and the answer.
     */
    public static String answeringLate(String urlPath, String bodyContains, int millis) {
        return stub(Json.createObjectBuilder()
                .add("priority", 1)
                .add("request", Json.createObjectBuilder().add("method", "POST").add("urlPath", urlPath)
                        .add("headers", Json.createObjectBuilder().add(PASSED_ON, Json.createObjectBuilder().add("absent", true)))
                        .add("bodyPatterns", Json.createArrayBuilder().add(Json.createObjectBuilder().add("contains", bodyContains))))
                .add("response", Json.createObjectBuilder().add("proxyBaseUrl", BASE).add("fixedDelayMilliseconds", millis)
                        .add("additionalProxyRequestHeaders", Json.createObjectBuilder().add(PASSED_ON, "late")))
                .build());
    }

    /** The stand-in's answer to GET {@code path} under /v1 with the secret key, as Stripe's dashboard would show it. */
    public static JsonObject retrieve(String path) {
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + SECRET_KEY).GET().build());
        if (found.statusCode() != 200) {
            throw new IllegalStateException("The stand-in did not answer GET " + path + ": " + found.statusCode() + " " + found.body());
        }
        return Http.json(found);
    }

    public static void remove(String stubId) {
        call("DELETE", "/__admin/mappings/" + stubId, null);
    }

    /** The shopper pays at the stand-in with one of Stripe's test payment methods (pm_card_visa ...). */
    public static HttpResponse<String> confirm(String intentId, String clientSecret, String paymentMethod) {
        return send(HttpRequest.newBuilder(URI.create(BASE + "/v1/payment_intents/" + intentId + "/confirm"))
                .header("Authorization", "Bearer " + PUBLISHABLE_KEY)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_secret=" + enc(clientSecret) + "&payment_method=" + enc(paymentMethod)))
                .build());
    }

    /**
     * The cardholder's bank disputes a charge (the stand-in's own control, not Stripe's API): the
     * stand-in sends {@code charge.dispute.created} to Bazaar. Returns the dispute's id.
     */
    public static String openDispute(String chargeId) {
        return openDispute(chargeId, "");
    }

    /** A dispute of part of the charge: {@code amountMinor} of it. */
    public static String openDispute(String chargeId, long amountMinor) {
        return openDispute(chargeId, "amount=" + amountMinor);
    }

    /** An inquiry (a retrieval request): {@code charge.dispute.created} with status {@code warning_needs_response}, no money withdrawn. */
    public static String openInquiry(String chargeId) {
        return openDispute(chargeId, "inquiry=true");
    }

    private static String openDispute(String chargeId, String form) {
        HttpResponse<String> opened = send(HttpRequest.newBuilder(URI.create(BASE + "/stand-in/charges/" + chargeId + "/dispute"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (opened.statusCode() != 200) {
            throw new IllegalStateException("The stand-in opened no dispute: " + opened.statusCode() + " " + opened.body());
        }
        return Http.json(opened).getString("id");
    }

    /**
     * The dispute ends, {@code won} (the amount and the stand-in's fee of 1500 minor units come back) or
     * {@code lost}, an inquiry {@code warning_closed}: the stand-in sends {@code charge.dispute.closed}.
     */
    public static void closeDispute(String disputeId, String outcome) {
        HttpResponse<String> closed = send(HttpRequest.newBuilder(URI.create(BASE + "/stand-in/disputes/" + disputeId + "/close"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("status=" + enc(outcome))).build());
        if (closed.statusCode() != 200) {
            throw new IllegalStateException("The stand-in did not close " + disputeId + ": " + closed.statusCode() + " " + closed.body());
        }
    }

    /** Stripe's signature header for {@code payload} signed at {@code at} with {@code secret}. */
    public static String signature(String payload, String secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            long t = at.getEpochSecond();
            String v1 = HexFormat.of().formatHex(mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return "t=" + t + ",v1=" + v1;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event as Stripe sends it, about {@code object}. */
    public static String event(String id, String type, JsonObject object) {
        return Json.createObjectBuilder()
                .add("id", id).add("object", "event").add("api_version", "2025-12-15.clover")
                .add("created", Instant.now().getEpochSecond()).add("livemode", false).add("pending_webhooks", 1)
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("object", object))
                .build().toString();
    }

    /** A payment_intent object in {@code status} for {@code amountMinor} {@code currency}. */
    public static JsonObject intent(String intentId, String status, long amountMinor, String currency, String chargeId,
                                    String errorCode, String errorMessage) {
        var intent = Json.createObjectBuilder()
                .add("id", intentId).add("object", "payment_intent").add("amount", amountMinor)
                .add("currency", currency.toLowerCase(java.util.Locale.ROOT)).add("status", status).add("livemode", false)
                .add("latest_charge", chargeId == null ? JsonValue.NULL : Json.createValue(chargeId));
        if (errorCode != null) {
            intent.add("last_payment_error", Json.createObjectBuilder().add("type", "card_error").add("code", "card_declined")
                    .add("decline_code", errorCode).add("message", errorMessage));
        } else {
            intent.add("last_payment_error", JsonValue.NULL);
        }
        return intent.build();
    }

    /** Posts {@code payload} to Bazaar's webhook with {@code signatureHeader} (null for none). */
    public static HttpResponse<String> deliver(String payload, String signatureHeader) {
        return signatureHeader == null
                ? Http.call("POST", "/api/v1/payments/webhooks/stripe", null, payload)
                : Http.call("POST", "/api/v1/payments/webhooks/stripe", null, payload, "Stripe-Signature", signatureHeader);
    }

    /** Signs {@code payload} now with the webhook secret and delivers it. */
    public static HttpResponse<String> deliverSigned(String payload) {
        return deliver(payload, signature(payload, WEBHOOK_SECRET, Instant.now()));
    }

    private static Sent sent(JsonObject logged) {
        JsonObject request = logged.containsKey("request") ? logged.getJsonObject("request") : logged;
        Map<String, String> headers = new LinkedHashMap<>();
        if (request.containsKey("headers")) {
            request.getJsonObject("headers").forEach((name, value) -> headers.put(name,
                    value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray().getString(0)
                            : ((jakarta.json.JsonString) value).getString()));
        }
        headers.put("__loggedDate", String.format("%020d", request.getJsonNumber("loggedDate").longValue()));
        return new Sent(request.getString("method"), request.getString("url"), form(request.getString("body", "")), headers);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                fields.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> call(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(10));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The Stripe stand-in at " + BASE + " does not answer; is it running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
