package dev.bazaar.stripe.standin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An error answer in Stripe's shape: {@code {"error": {"type", "code", "decline_code", "message", "param", ...}}}
 * with Stripe's HTTP status (400 invalid request, 401 authentication, 402 card declined, 404 missing).
 */
final class ApiError extends RuntimeException {

    final int status;
    final String type;
    final String code;
    final String declineCode;
    final String param;
    /** Further members of the error object (charge, payment_intent, payment_method). */
    final Map<String, Object> extra = new LinkedHashMap<>();
    /**
     * Whether an idempotent request that ended in this error replays it. Stripe saves the result once an
     * endpoint has begun executing (a card decline); failed validation is not saved, so a corrected
     * retry with the same key runs.
     */
    boolean saved;

    ApiError(int status, String type, String code, String declineCode, String param, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.code = code;
        this.declineCode = declineCode;
        this.param = param;
    }

    static ApiError invalid(String code, String param, String message) {
        return new ApiError(400, "invalid_request_error", code, null, param, message);
    }

    static ApiError missingParam(String param) {
        return invalid("parameter_missing", param, "Missing required param: " + param + ".");
    }

    static ApiError unknownParam(String param) {
        return invalid("parameter_unknown", param, "Received unknown parameter: " + param
                + ". (Bazaar's Stripe stand-in implements only the parameters Bazaar uses;"
                + " see stripe-stand-in/README.md.)");
    }

    static ApiError noSuch(String kind, String id, String param) {
        return new ApiError(404, "invalid_request_error", "resource_missing", null, param,
                "No such " + kind + ": '" + id + "'");
    }

    static ApiError unauthorized(String message) {
        return new ApiError(401, "invalid_request_error", null, null, null, message);
    }

    static ApiError unexpectedState(String message, Map<String, Object> paymentIntent) {
        ApiError e = invalid("payment_intent_unexpected_state", null, message);
        if (paymentIntent != null) {
            e.extra.put("payment_intent", paymentIntent);
        }
        return e;
    }

    ApiError with(String member, Object value) {
        extra.put(member, value);
        return this;
    }

    /** The answer's body; members in Stripe's (alphabetical) order, absent ones left out. */
    Map<String, Object> body() {
        Map<String, Object> error = new TreeMap<>(extra);
        put(error, "code", code);
        put(error, "decline_code", declineCode);
        if (code != null) {
            error.put("doc_url", "https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
        }
        put(error, "message", getMessage());
        put(error, "param", param);
        error.put("type", type);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", new LinkedHashMap<>(error));
        return body;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
