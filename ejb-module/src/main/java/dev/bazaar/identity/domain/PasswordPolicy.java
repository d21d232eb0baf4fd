package dev.bazaar.identity.domain;

import java.util.Locale;

import dev.bazaar.kernel.EmailAddress;

/**
 * What a password must be: at least 10 characters, at most 128 (hashing cost is bounded), and not
 * the account's e-mail address or the part before its @.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Why {@code password} cannot be used for {@code email}, or null when it can. */
    public static String problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return "is required";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (length > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters";
        }
        if (email != null && EmailAddress.problem(email) == null) {
            EmailAddress address = new EmailAddress(email);
            String lowered = password.trim().toLowerCase(Locale.ROOT);
            if (lowered.equals(address.value()) || lowered.equals(address.localPart())) {
                return "must not be your e-mail address";
            }
        }
        return null;
    }
}
