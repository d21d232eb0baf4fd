package dev.bazaar.identity.domain;

/** The name an account shows: trimmed, 1 to 120 characters, no control characters. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 120;

    public DisplayName {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        value = value.strip();
    }

    /** Why {@code text} cannot be a name, or null when it can. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "is required";
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters";
        }
        return null;
    }
}
