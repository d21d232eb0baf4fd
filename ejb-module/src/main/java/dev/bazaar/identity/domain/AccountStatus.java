package dev.bazaar.identity.domain;

/** An account is usable, or disabled by an admin (a disabled account cannot log in). */
public enum AccountStatus {
    ACTIVE,
    DISABLED
}
