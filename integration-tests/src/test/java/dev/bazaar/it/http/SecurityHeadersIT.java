package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every web module's answers carry a Content-Security-Policy, refuse framing, send a Referrer-Policy and
 * nosniff; over HTTPS also Strict-Transport-Security (and never over plain HTTP).
 */
class SecurityHeadersIT {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login.xhtml", "/admin/login.xhtml", "/api/v1/categories", "/api/v1/no-such-thing"})
    void everyModuleSendsTheHeaders(String path) {
        HttpResponse<String> response = Http.get(path);

        assertTrue(response.statusCode() < 500, path + ": " + response.statusCode());
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
        assertTrue(policy.contains("base-uri"), path + ": " + policy);
        assertTrue(policy.contains("form-action"), path + ": " + policy);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), path);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), path);
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), path + ": no HSTS over plain HTTP");
    }

    @Test
    void thePagesPolicyAllowsPrimeFacesAndStripeButNoPlugins() {
        String policy = Http.get("/login.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.contains("script-src 'self' 'unsafe-inline' 'unsafe-eval' https://js.stripe.com"), policy);
        assertTrue(policy.contains("frame-src 'self' https://js.stripe.com"), policy);
        String standIn = System.getenv("BAZAAR_STRIPE_JS_URL");
        if (standIn != null && !standIn.isBlank()) {
            URI js = URI.create(standIn);
            String origin = js.getScheme() + "://" + js.getHost() + (js.getPort() == -1 ? "" : ":" + js.getPort());
            assertTrue(policy.contains(origin), "the configured Stripe.js origin " + origin + " in " + policy);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/admin/login.xhtml", "/api/v1/categories"})
    void httpsAnswersCarryStrictTransportSecurity(String path) throws Exception {
        String port = System.getenv().getOrDefault("BAZAAR_HTTPS_PORT", "9443");
        HttpsURLConnection connection = (HttpsURLConnection) URI.create("https://localhost:" + port + path).toURL().openConnection();
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        connection.setSSLSocketFactory(trustAll.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(30000);
        try {
            assertTrue(connection.getResponseCode() < 500, path + ": " + connection.getResponseCode());
            String hsts = connection.getHeaderField("Strict-Transport-Security");
            assertTrue(hsts != null && hsts.contains("max-age="), path + ": " + hsts);
            assertTrue(List.of("DENY").contains(connection.getHeaderField("X-Frame-Options")), path);
        } finally {
            connection.disconnect();
        }
    }
}
