package dev.bazaar.it.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Holds every answer of the JSON API to the OpenAPI document the server itself serves at /openapi:
 * the status must be one the operation documents, the Content-Type one documented for that status,
 * and a JSON body must match its schema. {@link Http} checks every answer it receives under /api/v1/,
 * so any HTTP test that meets an undocumented answer fails, naming the operation and what differs.
 * A path the document does not know is only acceptable as a 404 (or a 405 for a method it lacks).
 */
public final class ApiContract {

    static final String API_PREFIX = "/api/v1/";

    private static volatile OpenApiInteractionValidator validator;

    private ApiContract() {
    }

    /** Fails with the differences when the answer to {@code method path} is not what the document says. */
    public static void check(String method, String path, HttpResponse<?> response) {
        List<String> problems = differences(method, path, response.statusCode(), response.headers().map(), response.body());
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer to " + method + " " + path + " (" + response.statusCode() + ") disagrees with "
                    + "the OpenAPI document:\n  " + String.join("\n  ", problems) + "\nbody: " + excerpt(response.body()));
        }
    }

    /** What differs between the answer and the document; empty when it agrees (or the path is not the API's). */
    public static List<String> differences(String method, String path, int status, Map<String, List<String>> headers, Object body) {
        if (!path.startsWith(API_PREFIX)) {
            return List.of();
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> answer.withHeader(name, values));
        if (body instanceof String text && !text.isEmpty()) {
            answer.withBody(text);
        } else if (body instanceof byte[] bytes && bytes.length > 0) {
            answer.withBody(bytes);
        }
        ValidationReport report = validator().validateResponse(path, Request.Method.valueOf(method), answer.build());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !unknownPathAnswered(message.getKey(), status))
                .filter(message -> !emptyChallenge(message.getKey(), status, headers))
                .map(message -> message.getKey() + ": " + message.getMessage())
                .collect(Collectors.toList());
    }

    /** An unknown path or method is the server's 404/405, not an operation's answer. */
    private static boolean unknownPathAnswered(String key, int status) {
        return (key.equals("validation.request.path.missing") || key.equals("validation.request.operation.notAllowed"))
                && (status == 404 || status == 405);
    }

    /**
     * The container's own 401 (no or a bad token, refused before any operation runs) has no body, only
     * WWW-Authenticate, as each 401's description in the document says; the operation's own 401 is a problem.
     */
    private static boolean emptyChallenge(String key, int status, Map<String, List<String>> headers) {
        return key.equals("validation.response.body.missing") && status == 401
                && headers.keySet().stream().anyMatch(name -> name.equalsIgnoreCase("WWW-Authenticate"));
    }

    /** The document as the server serves it now, read once per test run. */
    public static String document() {
        try {
            HttpResponse<String> served = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(URI.create(Http.BASE_URL + "/openapi")).header("Accept", "application/yaml")
                            .timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (served.statusCode() != 200) {
                throw new AssertionError("GET /openapi answered " + served.statusCode());
            }
            return served.body();
        } catch (IOException e) {
            throw new AssertionError("GET /openapi failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator current = validator;
        if (current == null) {
            synchronized (ApiContract.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document())
                            .withBasePathOverride("/api").build();
                }
                current = validator;
            }
        }
        return current;
    }

    private static String excerpt(Object body) {
        String text = body instanceof String s ? s : body instanceof byte[] b ? b.length + " bytes" : String.valueOf(body);
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
