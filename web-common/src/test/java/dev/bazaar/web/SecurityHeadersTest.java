package dev.bazaar.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The pages' policy names Stripe and the configured Stripe.js origin, nothing else from outside. */
class SecurityHeadersTest {

    @Test
    void thePagePolicyAllowsTheConfiguredStripeJsOriginOnly() {
        String policy = SecurityHeaders.pagePolicy("http://127.0.0.1:23111/v3/stripe.js", "not a url", null);
        assertEquals(true, policy.contains("script-src 'self' 'unsafe-inline' 'unsafe-eval' https://js.stripe.com https://*.js.stripe.com http://127.0.0.1:23111;"), policy);
        assertEquals(true, policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
        assertEquals(" http://127.0.0.1:23111", SecurityHeaders.origins("http://127.0.0.1:23111/v3/", "https://js.stripe.com/v3/"));
    }
}
