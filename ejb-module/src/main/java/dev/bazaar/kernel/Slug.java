package dev.bazaar.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The readable part of a bookmarkable URL ({@code /shops/nordic-kitchen}, {@code /p/oak-board}):
 * lower-case letters and digits in words joined by single hyphens.
 */
public record Slug(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 80;
    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");

    public Slug {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        value = normalize(value);
    }

    /** Why {@code text} cannot be a slug, or null when it can. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "is required";
        }
        String slug = normalize(text);
        if (slug.length() < MIN_LENGTH || slug.length() > MAX_LENGTH) {
            return "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters";
        }
        if (!SHAPE.matcher(slug).matches()) {
            return "may hold only lower-case letters, digits and single hyphens between words, like nordic-kitchen";
        }
        return null;
    }

    public static String normalize(String text) {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
