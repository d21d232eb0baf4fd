package dev.bazaar.identity.application;

/**
 * What a login or a refresh returns to an app: a short-lived bearer access token, and the refresh
 * token that gets the next one (each refresh token works once).
 */
public record AccessTokenView(String accessToken, String tokenType, long expiresIn,
                              String refreshToken, long refreshExpiresIn) {
}
