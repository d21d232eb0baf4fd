package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * Requests per client on the API (docs/api.md, "Limits"): a client may send a burst of 1000, then 50
 * a second; beyond that it is answered 429 with Retry-After, while other clients are served as usual.
 * A client is its account when it sends a token, else its address. The limits are the server's
 * defaults, the ones the whole suite runs under: each test here is a client of its own (an address
 * forwarded through the trusted local proxy, or a fresh account), so it exhausts only its own budget.
 */
class RateLimitApiIT {

    private static final int BURST = 1000;
    private static final int THREADS = 8;
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    /** Refused by the API's own checks before any work (422), but counted like any request. */
    private static final String CHEAP = "/api/v1/products?q=a%00b";

    @Test
    void anAddressSendingMoreThanItsBudgetIsToldToWaitAndOthersAreStillServed() throws Exception {
        String flooder = someAddress();

        Flood flood = flood(flooder, null);

        assertTrue(flood.servedBeforeRefusal >= BURST, "a burst of " + BURST + " is served first: " + flood.servedBeforeRefusal);
        assertTooMany(flood.refusal);
        HttpResponse<String> other = send(someAddress(), null, CHEAP);
        assertEquals(422, other.statusCode(), "another client is served as usual: " + other.body());

        Thread.sleep(Duration.ofSeconds(retryAfter(flood.refusal)).toMillis());
        assertEquals(422, send(flooder, null, CHEAP).statusCode(), "after Retry-After the client is served again");
    }

    @Test
    void aSignedInClientIsCountedByItsAccountNotItsAddress() throws Exception {
        String address = someAddress();
        String flooder = TestAccounts.registeredAndLoggedIn("rate-flood").accessToken();
        String neighbour = TestAccounts.registeredAndLoggedIn("rate-neighbour").accessToken();

        Flood flood = flood(address, flooder);
        long floodEnded = System.nanoTime();

        assertTooMany(flood.refusal);
        assertEquals(200, send(address, neighbour, "/api/v1/me").statusCode(), "another account from the same address");
        assertEquals(422, send(address, null, CHEAP).statusCode(), "the address itself, without the account");
        // the account from another address has only what refilled since the flood: 50 a second
        String elsewhere = someAddress();
        int served = 0;
        for (int i = 0; i < 100; i++) {
            served += send(elsewhere, flooder, CHEAP).statusCode() == 429 ? 0 : 1;
        }
        double seconds = (System.nanoTime() - floodEnded) / 1e9;
        assertTrue(served <= 50 * seconds + 2, served + " of 100 served in " + seconds + " s from another address");
    }

    private record Flood(int servedBeforeRefusal, HttpResponse<String> refusal) {
    }

    /** Sends requests from {@code address} (with {@code token}, if any) on several threads until one is refused. */
    private static Flood flood(String address, String token) throws Exception {
        AtomicInteger served = new AtomicInteger();
        AtomicReference<HttpResponse<String>> refusal = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(threads.submit(() -> {
                    while (refusal.get() == null && served.get() < 5 * BURST) {
                        HttpResponse<String> response = send(address, token, CHEAP);
                        if (response.statusCode() == 429) {
                            refusal.compareAndSet(null, response);
                        } else {
                            assertEquals(422, response.statusCode(), response.body());
                            served.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(refusal.get() != null, "no 429 after " + served.get() + " requests");
        return new Flood(served.get(), refusal.get());
    }

    private static HttpResponse<String> send(String address, String token, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.BASE_URL + path)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", address).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertTooMany(HttpResponse<String> response) {
        assertEquals(429, response.statusCode(), response.body());
        assertEquals("application/problem+json", Http.contentType(response));
        assertTrue(Http.json(response).getString("detail").contains("Too many requests"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
        long seconds = retryAfter(response);
        assertTrue(seconds >= 1 && seconds <= 60, "Retry-After: " + seconds);
    }

    private static long retryAfter(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    }

    /** An address of a documentation range no other test uses, a new one each time. */
    private static String someAddress() {
        return "203.0.113." + NEXT_ADDRESS.getAndIncrement();
    }
}
