package dev.bazaar.ordering.application;

import dev.bazaar.kernel.InvalidInputException;

/** The reason a person gives for a step (cancel, return, deny): trimmed, at most {@value #MAX} characters. */
final class Reasons {

    static final int MAX = 500;

    private Reasons() {
    }

    /** The reason, or null when none was given. */
    static String optional(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.length() > MAX) {
            throw new InvalidInputException("reason", "must be at most " + MAX + " characters");
        }
        return r.isEmpty() ? null : r;
    }

    /** The reason; without one, a 422 that says why it is needed ({@code "is required: " + whyNeeded}). */
    static String required(String reason, String whyNeeded) {
        String r = optional(reason);
        if (r == null) {
            throw new InvalidInputException("reason", "is required: " + whyNeeded);
        }
        return r;
    }
}
