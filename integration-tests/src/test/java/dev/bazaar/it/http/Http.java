package dev.bazaar.it.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * A plain HTTP client for the running server at {@code bazaar.base-url}. Every answer of the JSON API
 * it receives is checked against the server's OpenAPI document ({@link ApiContract}).
 */
public final class Http {

    public static final String BASE_URL = System.getProperty("bazaar.base-url", "http://localhost:9080");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** GET accepting anything, as a browser or a Prometheus scraper would. */
    public static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    public static HttpResponse<String> getWithToken(String path, String bearerToken) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearerToken).GET().build());
    }

    /** Any method with a bearer token and an optional JSON body. */
    public static HttpResponse<String> withToken(String method, String path, String bearerToken, String jsonBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + bearerToken);
        if (jsonBody == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(builder.build());
    }

    /**
     * Any method with an optional bearer token (null for none), an optional JSON body and extra
     * headers as name, value pairs.
     */
    public static HttpResponse<String> call(String method, String path, String bearerToken, String jsonBody, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(60));
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                builder.header(headers[i], headers[i + 1]);
            }
        }
        if (jsonBody == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return send(builder.build());
    }

    /** A multipart/form-data request: each part is a name and either a String or a {@link FilePart}. */
    public static HttpResponse<String> multipart(String method, String path, String bearerToken, Map<String, Object> parts) {
        String boundary = "bazaar-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        parts.forEach((name, value) -> {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(name).append('"');
            byte[] content;
            if (value instanceof FilePart file) {
                head.append("; filename=\"").append(file.fileName()).append("\"\r\nContent-Type: ").append(file.contentType());
                content = file.content();
            } else {
                content = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            }
            body.writeBytes(head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearerToken)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A raw body of the given type with a bearer token (CSV uploads). */
    public static HttpResponse<String> send(String method, String path, String bearerToken, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearerToken).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A file in a multipart request, with the type the client claims for it. */
    public record FilePart(String fileName, String contentType, byte[] content) {
    }

    /** GET answered as bytes (pictures), with optional extra headers as name, value pairs. */
    public static HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            ApiContract.check("GET", URI.create(BASE_URL + path).getRawPath(), response);
            return response;
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public static HttpResponse<String> post(String path, String contentType, String body) {
        return send(postRequest(path, contentType, body).build());
    }

    /** A POST as if from {@code clientAddress} behind the (trusted, loopback) proxy the tests act as. */
    public static HttpResponse<String> postFrom(String clientAddress, String path, String contentType, String body) {
        return send(postRequest(path, contentType, body).header("X-Forwarded-For", clientAddress).build());
    }

    private static HttpRequest.Builder postRequest(String path, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** An address in a documentation range (RFC 5737), different for each call. */
    public static String someClientAddress() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 100) + "." + random.nextInt(1, 255);
    }

    /** GET of any absolute URL (a service beside Bazaar, such as the SMTP server's API). */
    public static HttpResponse<String> getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        String path = request.uri().getPath();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            ApiContract.check(request.method(), request.uri().getRawPath(), response);
            return response;
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    public static JsonArray jsonArray(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    /** A problem+json answer's field errors: field name to message. */
    public static Map<String, String> fieldErrors(HttpResponse<String> problem) {
        return json(problem).getJsonArray("errors").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    public static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
