package dev.bazaar.kernel;

import java.util.regex.Pattern;

/** The rule for an {@code Idempotency-Key} a client sends with a request that must happen once: 1 to 200 visible ASCII characters. */
public final class IdempotencyKey {

    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,200}$");

    private IdempotencyKey() {
    }

    /** Refuses (422 naming the header) a key that breaks the rule; null (no key) passes. */
    public static void check(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        }
    }
}
