package dev.bazaar.storefront;

import dev.bazaar.payment.application.CardSettings;
import dev.bazaar.web.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebFilter;

/** The storefront's security headers: its order page loads Stripe.js from the configured URL (CardSettings). */
@WebFilter("/*")
public class StorefrontSecurityHeaders extends SecurityHeaders {

    @Inject
    CardSettings cards;

    private volatile String policy;

    @Override
    protected String contentSecurityPolicy() {
        String known = policy;
        if (known == null) {
            known = pagePolicy(cards.jsUrl(), cards.standIn() ? cards.apiBase() : null);
            policy = known;
        }
        return known;
    }
}
