package dev.bazaar.stripe.standin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers events to Bazaar's webhook endpoint the way Stripe does: a JSON POST signed with
 * {@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}, a fresh
 * signature per attempt. Deliveries run on their own thread, one at a time in the order the events
 * happened, never under the lock the API calls take. A 2xx answer delivers; a 400 is final (Bazaar
 * refused the event, trying again will not help); anything else, or no answer, is retried after 1, 2, 4
 * and 8 seconds, then given up (five tries in about 15 seconds plus the requests' time; Stripe itself keeps
 * trying for three days).
 */
final class Webhooks implements AutoCloseable {

    static final int MAX_ATTEMPTS = 5;
    private static final long[] BACKOFF_MILLIS = {1_000, 2_000, 4_000, 8_000};
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(4);

    private final String url;
    private final String secret;
    private final ScheduledExecutorService executor;
    private final HttpClient http;

    Webhooks(String url, String secret) {
        this.url = url == null ? "" : url.trim();
        this.secret = secret;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stripe-stand-in-webhooks");
            t.setDaemon(true);
            return t;
        });
        // HTTP/1.1: an h2c upgrade attempt would only confuse some servers; Stripe posts over HTTP/1.1 too
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    boolean enabled() {
        return !url.isEmpty();
    }

    String url() {
        return url;
    }

    void deliver(EventRecord event) {
        if (!enabled()) {
            event.disabled();
            return;
        }
        schedule(event, 1, 0);
    }

    private void schedule(EventRecord event, int attempt, long delayMillis) {
        try {
            executor.schedule(() -> attempt(event, attempt), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            event.attempted(null, "the stand-in is stopping", false, true);
        }
    }

    private void attempt(EventRecord event, int attempt) {
        if (event.cancelled()) {
            return;
        }
        long timestamp = Instant.now().getEpochSecond();
        String payload = event.payload();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                .header("Cache-Control", "no-cache")
                .header("Stripe-Signature", signatureHeader(secret, timestamp, payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                .build();
        Integer status = null;
        String error = null;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (IllegalArgumentException e) {
            error = "bad webhook URL: " + e.getMessage();
        }
        boolean delivered = status != null && status >= 200 && status < 300;
        boolean last = delivered || (status != null && status == 400) || attempt >= MAX_ATTEMPTS;
        event.attempted(status, error, delivered, last);
        if (!last) {
            schedule(event, attempt + 1, BACKOFF_MILLIS[attempt - 1]);
        }
    }

    /** Stripe's signature header for {@code payload} sent at {@code timestamp} (unix seconds). */
    static String signatureHeader(String secret, long timestamp, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** An event the stand-in sent (or will send), with its delivery history. */
    static final class EventRecord {
        final String id;
        final String type;
        final long created;
        final String objectId;
        /** the exact JSON body posted (and signed), packed */
        private final byte[] payload;

        private String status = "pending";
        private final List<Map<String, Object>> attempts = new ArrayList<>();
        private boolean cancelled;

        EventRecord(String id, String type, long created, String objectId, String payload) {
            this.id = id;
            this.type = type;
            this.created = created;
            this.objectId = objectId;
            this.payload = Packed.pack(payload);
        }

        /** The exact JSON body posted (and signed). */
        String payload() {
            return Packed.unpack(payload);
        }

        synchronized void attempted(Integer httpStatus, String error, boolean delivered, boolean last) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("at", Instant.now().getEpochSecond());
            a.put("http_status", httpStatus);
            a.put("error", error);
            attempts.add(a);
            status = delivered ? "delivered" : last ? "failed" : "retrying";
        }

        synchronized void disabled() {
            status = "not_sent";
        }

        /** Sends it again (a duplicate delivery, as Stripe sometimes makes). */
        synchronized void requeued() {
            cancelled = false;
            status = "pending";
        }

        synchronized void cancel() {
            cancelled = true;
            if (!"delivered".equals(status) && !"failed".equals(status) && !"not_sent".equals(status)) {
                status = "cancelled";
            }
        }

        synchronized boolean cancelled() {
            return cancelled;
        }

        /** What GET /stand-in/events lists for this event. */
        synchronized Map<String, Object> describe() {
            Map<String, Object> delivery = new LinkedHashMap<>();
            delivery.put("status", status);
            Map<String, Object> lastAttempt = attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
            delivery.put("http_status", lastAttempt == null ? null : lastAttempt.get("http_status"));
            delivery.put("attempt_count", attempts.size());
            delivery.put("attempts", Json.copy(attempts));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", id);
            out.put("type", type);
            out.put("created", created);
            out.put("object_id", objectId);
            out.put("delivery", delivery);
            return out;
        }
    }
}
