package dev.bazaar.stripe.standin;

import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP answer: status, headers, body. */
final class Answer {

    static final String JSON = "application/json";

    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    final String body;

    Answer(int status, String contentType, String body) {
        this.status = status;
        this.body = body;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
    }

    static Answer json(int status, Object value) {
        return new Answer(status, JSON, Json.write(value) + "\n");
    }

    Answer header(String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
        return this;
    }

    /** Lets any page call the API from the browser, as Stripe's API does (Stripe.js calls it cross-origin). */
    Answer cors() {
        headers.put("Access-Control-Allow-Origin", "*");
        headers.put("Access-Control-Expose-Headers", "Request-Id, Stripe-Version, Idempotency-Key, Idempotent-Replayed");
        return this;
    }
}
