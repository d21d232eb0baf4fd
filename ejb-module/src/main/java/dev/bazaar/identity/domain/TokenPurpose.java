package dev.bazaar.identity.domain;

import java.time.Duration;

/** What a token sent by mail is good for, and for how long. */
public enum TokenPurpose {
    /** Proves the person reads the mailbox they registered with. */
    VERIFY_EMAIL(Duration.ofHours(48)),
    /** Lets the person set a new password without the old one: short-lived. */
    RESET_PASSWORD(Duration.ofMinutes(30));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
