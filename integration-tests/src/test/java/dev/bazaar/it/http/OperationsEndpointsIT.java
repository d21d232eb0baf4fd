package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.contentType;
import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

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
}
