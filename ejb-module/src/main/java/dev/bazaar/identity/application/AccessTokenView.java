package dev.bazaar.identity.application;

/** What a successful login returns to an app. */
public record AccessTokenView(String accessToken, String tokenType, long expiresIn) {
}
