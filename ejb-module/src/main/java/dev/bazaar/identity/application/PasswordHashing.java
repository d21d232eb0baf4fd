package dev.bazaar.identity.application;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Hashes passwords with Jakarta Security's PBKDF2 (HMAC-SHA512, 210,000 iterations, 32-byte salt:
 * OWASP's 2023 figures). The stored form names its algorithm and parameters, so they can be raised
 * later without invalidating existing hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private volatile String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /**
     * Whether {@code password} is the one {@code storedHash} was made from. With no stored hash (an
     * unknown account) a decoy is checked instead and the answer is no, in about the same time.
     */
    public boolean matches(String password, String storedHash) {
        boolean matches = pbkdf2.verify(password.toCharArray(), storedHash == null ? decoy() : storedHash);
        return storedHash != null && matches;
    }

    private String decoy() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hash("decoy-" + UUID.randomUUID());
            decoyHash = hash;
        }
        return hash;
    }
}
