package dev.bazaar.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects every broken rule of a form or request body, by field, so a person sees them all at once;
 * {@link #throwIfAny()} turns them into one {@link InvalidInputException}.
 */
public final class FieldProblems {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Map<String, String> problems = new LinkedHashMap<>();
    private final Map<String, MessageKey> keys = new LinkedHashMap<>();

    /** Text trimmed, blank as null: how every form field is read before it is checked. */
    public static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public FieldProblems required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return add(field, "is required", MessageKey.of("field.required"));
        }
        return optional(field, value, maxLength);
    }

    public FieldProblems optional(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters", MessageKey.of("field.tooLong", maxLength));
        }
        return this;
    }

    /** A required ISO 3166 two-letter country code, already upper-cased. */
    public FieldProblems country(String field, String code) {
        if (code == null || code.isEmpty()) {
            add(field, "is required", MessageKey.of("field.required"));
        } else if (!COUNTRIES.contains(code)) {
            add(field, "must be an ISO 3166 two-letter country code, like GB or DE", MessageKey.of("field.country"));
        }
        return this;
    }

    /** Records {@code problem} for {@code field} unless it is null (the convention of the value types' problem methods). */
    public FieldProblems add(String field, String problem) {
        if (problem != null) {
            problems.putIfAbsent(field, problem);
        }
        return this;
    }

    /** Records {@code problem} for {@code field}, also as {@code key} (for pages in another language), unless the field has one. */
    public FieldProblems add(String field, String problem, MessageKey key) {
        if (!problems.containsKey(field)) {
            problems.put(field, problem);
            keys.put(field, key);
        }
        return this;
    }

    /** Records {@code problem} for {@code field} when {@code broken}. */
    public FieldProblems when(boolean broken, String field, String problem) {
        return broken ? add(field, problem) : this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems, keys);
        }
    }
}
