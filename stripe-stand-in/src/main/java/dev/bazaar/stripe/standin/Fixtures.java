package dev.bazaar.stripe.standin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stripe's own example objects (stripe-fixtures.json, copied from Stripe's OpenAPI fixtures under the MIT
 * licence, see STRIPE-FIXTURES-NOTICE.md), used as the starting shape of every object the stand-in makes.
 */
final class Fixtures {

    private static final String RESOURCE = "stripe-fixtures.json";

    private final Map<String, Object> resources;

    @SuppressWarnings("unchecked")
    Fixtures() {
        try (InputStream in = Fixtures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, Object> root = Json.parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            resources = (Map<String, Object>) root.get("resources");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh copy of Stripe's example {@code object}, with {@code id} and {@code object} first as Stripe
     * writes them and the given id.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> fresh(String object, String id) {
        Map<String, Object> template = (Map<String, Object>) resources.get(object);
        if (template == null) {
            throw new IllegalArgumentException("no Stripe fixture for " + object);
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        copy.put("id", id);
        copy.put("object", template.get("object"));
        Json.copy(template).forEach(copy::putIfAbsent);
        copy.put("livemode", false);
        return copy;
    }

    /** A copy of one member of Stripe's example {@code object} (a nested hash such as a dispute's evidence). */
    @SuppressWarnings("unchecked")
    <T> T member(String object, String member) {
        return (T) Json.copy(((Map<String, Object>) resources.get(object)).get(member));
    }
}
