package dev.bazaar.it.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;

/** Mints RS256 tokens the way an attacker or a stale client would: forged, expired, foreign. */
final class TestTokens {

    static final String ISSUER = System.getProperty("bazaar.jwt.issuer", "https://bazaar.local");

    private TestTokens() {
    }

    /** The server's own signing key, read from the file the test command made. */
    static PrivateKey serverKey() {
        try {
            String pem = Files.readString(Path.of(System.getProperty("bazaar.jwt.private-key-file")));
            byte[] der = Base64.getMimeDecoder().decode(pem.replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new AssertionError("cannot read the server's JWT key", e);
        }
    }

    static PrivateKey someOtherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static String token(PrivateKey key, String issuer, long subject, String upn, Instant issuedAt, Instant expires) {
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build().toString();
        String claims = Json.createObjectBuilder()
                .add("iss", issuer).add("sub", String.valueOf(subject)).add("upn", upn)
                .add("groups", Json.createArrayBuilder().add("CUSTOMER"))
                .add("iat", issuedAt.getEpochSecond()).add("exp", expires.getEpochSecond())
                .add("jti", UUID.randomUUID().toString())
                .build().toString();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String input = base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + base64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
