package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.contentType;
import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** What operators use: health probes, Prometheus metrics, the OpenAPI document and UI. */
class OperationsEndpointsIT {

    @Test
    void readinessIsUpWithTheDatabaseAndTheBrokerChecked() {
        HttpResponse<String> response = get("/health/ready");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = json(response);
        assertEquals("UP", health.getString("status"));
        Map<String, String> checks = health.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
        assertEquals(Map.of("database", "UP", "broker", "UP"), checks);
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = get("/health/live");

        assertEquals(200, response.statusCode());
        assertEquals("UP", json(response).getString("status"));
    }

    @Test
    void metricsArePrometheusTextWithoutALogin() {
        HttpResponse<String> response = get("/metrics");

        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/plain"), contentType(response));
        assertTrue(response.body().contains("# TYPE "), "Prometheus exposition format");
        assertTrue(response.body().contains("jvm_uptime_seconds"), "base JVM metrics");
        assertTrue(response.body().contains("bazaar_price_changes_total"), "Bazaar's own metrics");
    }

    @Test
    void theOpenApiDocumentDescribesTheProductEndpoints() {
        HttpResponse<String> document = get("/openapi");
        HttpResponse<String> ui = get("/openapi/ui/");

        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/v1/products/{id}"), document.body());
        assertTrue(document.body().contains("Bazaar API"));
        assertTrue(document.body().contains("url: " + Http.BASE_URL + "/api"), "the API is served under /api");
        assertEquals(200, ui.statusCode());
    }

    /**
     * Issue 16: a client generated from the document knows every limit. Each text a request body may
     * carry has a documented bound (maxLength, an enumeration or a pattern; files are binary).
     */
    @Test
    void everyTextARequestBodyCarriesHasADocumentedLimit() {
        HttpResponse<String> served = get("/openapi?format=JSON");
        assertEquals(200, served.statusCode());
        JsonObject document = Json.createReader(new StringReader(served.body())).readObject();
        JsonObject components = document.getJsonObject("components").getJsonObject("schemas");
        List<String> unbounded = new ArrayList<>();
        int bodies = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
                if (!(operation.getValue() instanceof JsonObject o) || !o.containsKey("requestBody")) {
                    continue;
                }
                for (Map.Entry<String, JsonValue> media : o.getJsonObject("requestBody").getJsonObject("content").entrySet()) {
                    JsonObject schema = media.getValue().asJsonObject().getJsonObject("schema");
                    if (schema != null) {
                        bodies++;
                        unbounded(schema, operation.getKey().toUpperCase() + " " + path.getKey(), components, new HashSet<>(), unbounded);
                    }
                }
            }
        }
        assertTrue(bodies > 40, "request bodies found: " + bodies);
        assertTrue(unbounded.isEmpty(), "texts without a documented limit:\n" + String.join("\n", unbounded));
    }

    private static void unbounded(JsonObject schema, String where, JsonObject components, Set<String> seen, List<String> found) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            if (seen.add(name)) {
                unbounded(components.getJsonObject(name), where + " (" + name + ")", components, seen, found);
                seen.remove(name);
            }
            return;
        }
        for (String combined : List.of("allOf", "anyOf", "oneOf")) {
            if (schema.containsKey(combined)) {
                schema.getJsonArray(combined).forEach(part -> unbounded(part.asJsonObject(), where, components, seen, found));
            }
        }
        String type = schema.getString("type", "");
        if (type.equals("string") && !schema.containsKey("maxLength") && !schema.containsKey("enum") && !schema.containsKey("pattern")
                && !schema.getString("format", "").equals("binary")) {
            found.add(where);
        }
        if (schema.containsKey("items")) {
            unbounded(schema.getJsonObject("items"), where + "[]", components, seen, found);
        }
        if (schema.get("additionalProperties") instanceof JsonObject values) {
            unbounded(values, where + "{}", components, seen, found);
        }
        if (schema.containsKey("properties")) {
            schema.getJsonObject("properties").forEach((name, property) ->
                    unbounded(property.asJsonObject(), where + "." + name, components, seen, found));
        }
    }
}
