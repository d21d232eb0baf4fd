package dev.bazaar.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random tokens handed out once (refresh tokens, links sent by mail) and the hash under which they
 * are stored: a leaked table does not yield usable tokens.
 */
public final class SecretTokens {

    /** The longest token a request may carry: far more than the 43 characters of every token made here. */
    public static final int MAX_LENGTH = 200;

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of the token, in hex: the only form that is stored. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
