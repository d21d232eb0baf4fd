package dev.bazaar.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as an account's identifier: trimmed and lower-cased, so one mailbox is one
 * account however it is typed. Deliberately permissive about what mail servers accept, strict about
 * what is clearly not an address.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE = Pattern.compile(
            "^[^\\s\\p{Cntrl}@\"(),:;<>\\[\\]\\\\]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    public EmailAddress {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        value = normalize(value);
    }

    /** Why {@code text} is not an e-mail address, or null when it is one. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "is required";
        }
        String normalized = normalize(text);
        if (normalized.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (!SHAPE.matcher(normalized).matches()) {
            return "is not a valid e-mail address";
        }
        return null;
    }

    private static String normalize(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
