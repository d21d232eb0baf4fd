package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The served OpenAPI document is complete enough to generate a client from: it parses without
 * errors, every operation says whether it needs a token, no request body is a bare object, every
 * success answer has a schema and every refusal is a problem. And the checker that holds the tests'
 * answers to it ({@link ApiContract}) does refuse an answer that disagrees.
 */
class ApiDocumentIT {

    private static OpenAPI document;

    @BeforeAll
    static void readTheDocument() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(ApiContract.document(), null, options);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), String.valueOf(parsed.getMessages()));
        document = parsed.getOpenAPI();
    }

    @Test
    void theBearerSchemeIsDeclared() {
        var scheme = document.getComponents().getSecuritySchemes().get("bearer");
        assertEquals("bearer", scheme.getScheme());
        assertEquals("JWT", scheme.getBearerFormat());
    }

    @Test
    void everyOperationSaysWhetherItNeedsAToken() {
        List<String> wrong = each((name, operation) -> {
            if (operation.getSecurity() == null) {
                throw new IllegalStateException("no security requirement (public ones say security: [])");
            }
            boolean secured = !operation.getSecurity().isEmpty();
            if (secured && (!operation.getSecurity().get(0).containsKey("bearer") || !operation.getResponses().containsKey("401"))) {
                throw new IllegalStateException("secured, but not by the bearer scheme with a 401");
            }
            boolean ownPath = name.contains(" /v1/admin/") || name.contains(" /v1/vendor/") || name.contains(" /v1/me")
                    || name.contains(" /v1/orders");
            if (ownPath && !secured) {
                throw new IllegalStateException("a caller's own or back-office path without a token");
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(document.getPaths().get("/v1/products").getGet().getSecurity().isEmpty(), "the catalog is public");
    }

    @Test
    void noRequestBodyIsABareObject() {
        List<String> bare = each((name, operation) -> {
            if (operation.getRequestBody() == null) {
                return;
            }
            for (MediaType media : operation.getRequestBody().getContent().values()) {
                Schema<?> schema = resolved(media.getSchema());
                if ("object".equals(schema.getType()) && (schema.getProperties() == null || schema.getProperties().isEmpty())) {
                    throw new IllegalStateException("a bare object body");
                }
            }
        });
        assertTrue(bare.isEmpty(), String.join("\n", bare));
    }

    @Test
    void everyOperationDocumentsItsSuccessWithASchemaAndItsRefusalsAsProblems() {
        List<String> wrong = each((name, operation) -> {
            boolean success = false;
            for (var answer : operation.getResponses().entrySet()) {
                String code = answer.getKey();
                Map<String, MediaType> content = answer.getValue().getContent();
                if (code.startsWith("2")) {
                    success = true;
                    if (!code.equals("204") && !code.equals("202") && (content == null || content.isEmpty())) {
                        throw new IllegalStateException(code + " without a schema");
                    }
                } else if ((code.startsWith("4") || code.startsWith("5")) && !code.equals("401")
                        && (content == null || !content.containsKey("application/problem+json"))) {
                    throw new IllegalStateException(code + " is not a problem+json");
                }
            }
            if (!success) {
                throw new IllegalStateException("no success answer");
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void typedQueryParametersAreNotStrings() {
        var list = document.getPaths().get("/v1/admin/orders").getGet().getParameters();
        Map<String, String> types = new java.util.HashMap<>();
        list.forEach(p -> types.put(p.getName(), p.getSchema().getType() + "/" + p.getSchema().getFormat()));
        assertEquals("integer/int32", types.get("page"));
        assertEquals("integer/int64", types.get("vendorId"));
        assertEquals("string/date", types.get("from"));
        var status = list.stream().filter(p -> p.getName().equals("status")).findFirst().orElseThrow().getSchema();
        assertTrue(status.getEnum().contains("SHIPPED"), String.valueOf(status.getEnum()));
    }

    @Test
    void theCheckerRefusesAnAnswerTheDocumentDoesNotDescribe() {
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));

        assertFalse(ApiContract.differences("GET", "/api/v1/categories", 418, json, "[]").isEmpty(), "an undocumented status");
        assertFalse(ApiContract.differences("GET", "/api/v1/products/1", 200, json, "{\"id\":\"one\"}").isEmpty(), "a wrong type");
        assertFalse(ApiContract.differences("GET", "/api/v1/products/1", 200, Map.of("Content-Type", List.of("text/html")),
                "<p>hi</p>").isEmpty(), "an undocumented media type");
        assertFalse(ApiContract.differences("GET", "/api/v1/no-such-thing", 200, json, "{}").isEmpty(), "an unknown path answered");
        assertTrue(ApiContract.differences("GET", "/api/v1/no-such-thing", 404, json, "{}").isEmpty(), "an unknown path refused");
    }

    private static Schema<?> resolved(Schema<?> schema) {
        if (schema.get$ref() == null) {
            return schema;
        }
        return document.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
    }

    /** Runs the check on every operation; the names of those it refuses, with why. */
    private static List<String> each(BiConsumer<String, Operation> check) {
        List<String> refused = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            try {
                check.accept(name, operation);
            } catch (IllegalStateException e) {
                refused.add(name + ": " + e.getMessage());
            }
        }));
        return refused;
    }
}
