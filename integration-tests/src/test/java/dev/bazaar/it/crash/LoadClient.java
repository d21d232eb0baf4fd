package dev.bazaar.it.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.bazaar.it.http.Http;

/**
 * HTTP for clients that live through crashes: a refused connection, a reset or a timeout is an
 * answer ({@link #NO_ANSWER}), not a test failure, so the client can retry as an app would.
 */
final class LoadClient {

    /** The status recorded when the server gave no HTTP answer at all. */
    static final int NO_ANSWER = -1;

    /** How long a client waits for any answer: a request held longer than this counts as a hang. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    record Answer(int status, String body, String contentType, Duration took) {

        boolean answered() {
            return status != NO_ANSWER;
        }
    }

    private LoadClient() {
    }

    static int status(String path) {
        return send(HttpRequest.newBuilder(URI.create(Http.BASE_URL + path)).timeout(Duration.ofSeconds(5)).GET().build()).status();
    }

    static Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Http.BASE_URL + path)).timeout(REQUEST_TIMEOUT).GET().build());
    }

    /** A JSON request with a bearer token (null for none) and extra headers as name, value pairs. */
    static Answer call(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Http.BASE_URL + path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    private static Answer send(HttpRequest request) {
        long began = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                    Duration.ofNanos(System.nanoTime() - began));
        } catch (IOException e) {
            return new Answer(NO_ANSWER, e.toString(), "", Duration.ofNanos(System.nanoTime() - began));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(NO_ANSWER, "interrupted", "", Duration.ofNanos(System.nanoTime() - began));
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
