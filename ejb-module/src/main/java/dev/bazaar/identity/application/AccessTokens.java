package dev.bazaar.identity.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bazaar.identity.domain.UserAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * Issues short-lived access tokens: JWTs signed RS256 with the private key named by
 * {@code bazaar.jwt.private-key-file}, carrying sub (account id), upn (e-mail), groups (roles), iss,
 * iat, exp, jti, and vendor_id for accounts that work for a vendor. MicroProfile JWT verifies them with the matching public key.
 */
@ApplicationScoped
public class AccessTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "bazaar.jwt.private-key-file")
    String privateKeyFile;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    private PrivateKey signingKey;

    @PostConstruct
    void loadKey() {
        try {
            String pem = Files.readString(Path.of(privateKeyFile), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(pem
                    .replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", ""));
            signingKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot read the JWT signing key (a PKCS#8 RSA PEM) from "
                    + privateKeyFile + "; set BAZAAR_JWT_PRIVATE_KEY_FILE", e);
        }
    }

    public String issue(UserAccount account, Instant now) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        account.roles().forEach(role -> groups.add(role.name()));
        String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build().toString();
        var claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", String.valueOf(account.id()))
                .add("upn", account.email())
                .add("groups", groups)
                .add("iat", now.getEpochSecond())
                .add("exp", now.plus(LIFETIME).getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (account.vendorId() != null) {
            claims.add("vendor_id", account.vendorId());
        }
        String signingInput = encode(header) + "." + encode(claims.build().toString());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(signingKey);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
