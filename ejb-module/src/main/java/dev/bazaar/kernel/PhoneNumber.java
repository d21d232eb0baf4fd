package dev.bazaar.kernel;

/**
 * A telephone number as people write it: optional leading +, digits, spaces, dots, dashes and
 * brackets, with 5 to 17 digits in all (E.164 allows 15, plus room for trunk prefixes).
 */
public final class PhoneNumber {

    public static final int MAX_LENGTH = 40;

    private PhoneNumber() {
    }

    /** Why {@code text} is not a phone number, or null when it is one (or is empty: phones are optional). */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (!trimmed.matches("\\+?[0-9 ().\\-]+")) {
            return "may contain only digits, spaces, + . - ( )";
        }
        long digits = trimmed.chars().filter(Character::isDigit).count();
        return digits < 5 || digits > 17 ? "must have between 5 and 17 digits" : null;
    }

    /** The number trimmed, or null for none. */
    public static String normalize(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
