package dev.bazaar.kernel;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, which shop they work for and in which role: the one question every service asks
 * before it acts. The container's roles come with the session or the access token and may be stale,
 * so the answers are read live from the caller's account. Identity implements it
 * ({@code identity.application.AccountCallerScope}); it is declared here so that the contexts identity
 * itself builds on (platform, notification) can ask it without a cycle.
 */
public interface CallerScope {

    /** The signed-in account's e-mail address (the principal's name). */
    String email();

    /** Refuses (403) unless the caller's account is active and still holds {@code role}. */
    void requireActive(Role role);

    /** Whether the caller holds PLATFORM_ADMIN and the account is still active with that role. */
    boolean isActiveAdmin();

    /** The shop the caller's active account works for, if it holds one of {@code roles} there. */
    Optional<Long> shop(Set<Role> roles);

    /** The caller's shop, or a refusal (403) saying {@code refusal} when the account holds none of {@code roles} in one. */
    long shop(Set<Role> roles, String refusal);

    /** The caller's shop, for any member of it. */
    long memberShop();

    /** Whether the caller's active account works for the shop {@code vendorId}, in any role. */
    boolean worksFor(long vendorId);
}
