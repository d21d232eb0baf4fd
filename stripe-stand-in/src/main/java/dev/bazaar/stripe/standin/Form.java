package dev.bazaar.stripe.standin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A form-encoded request in Stripe's bracket syntax: {@code metadata[order_number]=B-1},
 * {@code automatic_payment_methods[enabled]=true}, {@code expand[0]=latest_charge} or {@code expand[]=...}.
 * The tree has nested maps for {@code a[b]} and lists for {@code a[]}/{@code a[0]}.
 */
final class Form {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

    private final List<String[]> pairs;
    private final Map<String, Object> tree;

    private Form(List<String[]> pairs, Map<String, Object> tree) {
        this.pairs = pairs;
        this.tree = tree;
    }

    static Form parse(String encoded) {
        List<String[]> pairs = new ArrayList<>();
        Map<String, Object> tree = new LinkedHashMap<>();
        if (encoded != null && !encoded.isBlank()) {
            for (String part : encoded.split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String name = decode(eq < 0 ? part : part.substring(0, eq));
                String value = eq < 0 ? "" : decode(part.substring(eq + 1));
                pairs.add(new String[] {name, value});
                insert(tree, name, value);
            }
        }
        return new Form(pairs, tree);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid(null, null, "Invalid request: the form body is not correctly URL-encoded.");
        }
    }

    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> tree, String name, String value) {
        List<String> path = path(name);
        Map<String, Object> node = tree;
        for (int i = 0; i < path.size() - 1; i++) {
            String segment = path.get(i);
            String following = path.get(i + 1);
            // a[] and a[0] are arrays, except under metadata, where "0" is just a key
            boolean listNext = i + 1 == path.size() - 1 && !"metadata".equals(segment)
                    && (following.isEmpty() || INTEGER.matcher(following).matches());
            Object child = node.get(segment);
            if (listNext) {
                if (!(child instanceof List)) {
                    child = new ArrayList<>();
                    node.put(segment, child);
                }
                ((List<Object>) child).add(value);
                return;
            }
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(segment, child);
            }
            node = (Map<String, Object>) child;
        }
        node.put(path.get(path.size() - 1), value);
    }

    /** {@code a[b][c]} becomes [a, b, c]; a name that is not well formed stays one segment. */
    private static List<String> path(String name) {
        int open = name.indexOf('[');
        if (open <= 0 || !name.endsWith("]")) {
            return List.of(name);
        }
        List<String> path = new ArrayList<>();
        path.add(name.substring(0, open));
        int i = open;
        while (i < name.length()) {
            if (name.charAt(i) != '[') {
                return List.of(name);
            }
            int close = name.indexOf(']', i);
            if (close < 0) {
                return List.of(name);
            }
            path.add(name.substring(i + 1, close));
            i = close + 1;
        }
        return path;
    }

    /** Parameter names and values, decoded and sorted: equal for two requests that say the same thing. */
    String canonical() {
        List<String> items = new ArrayList<>();
        for (String[] p : pairs) {
            items.add(p[0] + "=" + p[1]);
        }
        Collections.sort(items);
        return String.join("&", items);
    }

    Map<String, Object> tree() {
        return tree;
    }

    boolean has(String name) {
        return tree.containsKey(name);
    }

    /** Refuses (400 parameter_unknown, as Stripe) any top-level parameter not in {@code allowed}. */
    void allowOnly(Set<String> allowed) {
        for (String name : tree.keySet()) {
            if (!allowed.contains(name)) {
                throw ApiError.unknownParam(name);
            }
        }
    }

    /** Refuses any member of the hash parameter {@code name} not in {@code allowed}. */
    void allowOnly(String name, Set<String> allowed) {
        Object value = tree.get(name);
        if (value == null) {
            return;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw ApiError.invalid("parameter_invalid_hash", name, "Invalid hash");
        }
        for (Object key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw ApiError.unknownParam(name + "[" + key + "]");
            }
        }
    }

    String string(String name) {
        Object value = tree.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw ApiError.invalid("parameter_invalid_string", name, "Invalid string: " + describe(value));
        }
        return s;
    }

    /** A string that, when given, is not empty (Stripe refuses {@code name=} for most fields). */
    String nonEmptyString(String name) {
        String value = string(name);
        if (value != null && value.isEmpty()) {
            throw ApiError.invalid("parameter_invalid_empty", name, "You passed an empty string for '" + name
                    + "'. We assume empty values are an attempt to unset a parameter; however '" + name
                    + "' cannot be unset. You should remove '" + name + "' from your request or supply a non-empty value.");
        }
        return value;
    }

    String requiredString(String name) {
        String value = nonEmptyString(name);
        if (value == null) {
            throw ApiError.missingParam(name);
        }
        return value;
    }

    Long integer(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            throw ApiError.invalid("parameter_invalid_integer", name, "Invalid integer: " + value);
        }
        return Long.parseLong(value);
    }

    Boolean bool(String hash, String member) {
        Object h = tree.get(hash);
        if (!(h instanceof Map<?, ?> map) || map.get(member) == null) {
            return null;
        }
        String param = hash + "[" + member + "]";
        Object value = map.get(member);
        if ("true".equals(value)) {
            return true;
        }
        if ("false".equals(value)) {
            return false;
        }
        throw ApiError.invalid("parameter_invalid_boolean", param, "Invalid boolean: " + describe(value));
    }

    /** Stripe's metadata rules: a hash of at most 50 keys of 40 characters, values of at most 500. */
    Map<String, Object> metadata(String name) {
        Object value = tree.get(name);
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (value == null || "".equals(value)) {
            return metadata;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw ApiError.invalid("parameter_invalid_hash", name, "Invalid hash");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = (String) e.getKey();
            if (!(e.getValue() instanceof String v)) {
                throw ApiError.invalid("parameter_invalid_string", name + "[" + key + "]",
                        "Invalid string: " + describe(e.getValue()));
            }
            if (key.length() > 40) {
                throw ApiError.invalid("parameter_invalid_string", name + "[" + key + "]",
                        "Metadata keys can have up to 40 characters, but you passed in a key that is "
                                + key.length() + " characters.");
            }
            if (v.length() > 500) {
                throw ApiError.invalid("parameter_invalid_string", name + "[" + key + "]",
                        "Metadata values can have up to 500 characters, but you passed in a value that is "
                                + v.length() + " characters.");
            }
            if (!v.isEmpty()) {
                metadata.put(key, v);
            }
        }
        if (metadata.size() > 50) {
            throw ApiError.invalid("parameter_invalid_hash", name,
                    "You can have up to 50 metadata keys, but you passed in " + metadata.size() + ".");
        }
        return metadata;
    }

    /** An array parameter such as {@code expand[]}; a single value counts as a one-element array. */
    List<String> list(String name) {
        Object value = tree.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                out.add(String.valueOf(o));
            }
            return out;
        }
        throw ApiError.invalid("parameter_invalid_array", name, "Invalid array");
    }

    private static String describe(Object value) {
        return value instanceof Map ? "hash" : value instanceof List ? "array" : String.valueOf(value);
    }
}
