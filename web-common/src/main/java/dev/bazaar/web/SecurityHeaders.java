package dev.bazaar.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response of a web module carries (each module subclasses this as its
 * {@code @WebFilter("/*")}): a Content-Security-Policy, no framing by other sites (frame-ancestors and
 * X-Frame-Options), a Referrer-Policy, nosniff, and Strict-Transport-Security on HTTPS only.
 * <p>
 * The page policy cannot be strict about scripts: PrimeFaces writes inline scripts and eval-style
 * handlers, so script-src allows 'unsafe-inline' and 'unsafe-eval' (nonces would need PrimeFaces'
 * CSP mode). What it does close: plugins, base-tag hijacking, forms posting elsewhere, framing, and
 * scripts, frames and connections from any origin but this one and Stripe's (plus the configured
 * Stripe.js origin: the stand-in in the offline demo and the tests).
 */
public abstract class SecurityHeaders implements Filter {

    /** Stripe's own origins for Stripe.js and its Payment Element (scripts, frames, API calls). */
    static final String STRIPE_JS = "https://js.stripe.com https://*.js.stripe.com";
    static final String STRIPE_FRAMES = "https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com";
    static final String STRIPE_API = "https://api.stripe.com";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** The Content-Security-Policy of this module's responses. */
    protected abstract String contentSecurityPolicy();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", contentSecurityPolicy());
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            if (request instanceof HttpServletRequest httpRequest && httpRequest.isSecure()) {
                http.setHeader("Strict-Transport-Security", HSTS);
            }
            String refusal = readsParameters() ? parameterRefusal(request) : null;
            if (refusal != null) {
                http.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                http.setContentType("text/plain;charset=UTF-8");
                http.getWriter().write(refusal);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether this module's pages read request parameters (form posts and query strings), so that
     * undecodable ones, and ones holding NUL, are refused here as the client's mistake (400) instead of
     * failing inside the page (or in the database) as a server error. The API reads its own (a 400 problem from its request filter).
     */
    protected boolean readsParameters() {
        return true;
    }

    /** Why the request's parameters cannot be read: not percent-encoding, or holding NUL (which PostgreSQL cannot store); null if they can. */
    private static String parameterRefusal(ServletRequest request) {
        try {
            for (String[] values : request.getParameterMap().values()) {
                for (String value : values) {
                    if (value.indexOf('\0') >= 0) {
                        return "The request's parameters must not contain the NUL character (%00).\n";
                    }
                }
            }
            return null;
        } catch (IllegalArgumentException e) {
            return "The request's parameters are not valid percent-encoding (a % must start %XX).\n";
        }
    }

    /**
     * The policy of a Faces module's pages; {@code extraOrigins} (URLs; only their origins are used,
     * blanks and unparsable ones are skipped) may serve scripts, frames and answer fetches, beside Stripe.
     */
    public static String pagePolicy(String... extraOrigins) {
        String extra = origins(extraOrigins);
        return "default-src 'self'"
                + "; script-src 'self' 'unsafe-inline' 'unsafe-eval' " + STRIPE_JS + extra
                + "; style-src 'self' 'unsafe-inline'"
                + "; img-src 'self' data: blob: https:"
                + "; font-src 'self' data:"
                + "; connect-src 'self' " + STRIPE_API + " " + STRIPE_JS + extra
                + "; frame-src 'self' " + STRIPE_FRAMES + extra
                + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** The policy of an API's answers: data, never a page to run, frame or post from. */
    public static String apiPolicy() {
        return "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    static String origins(String... urls) {
        Set<String> origins = new LinkedHashSet<>();
        for (String url : urls) {
            if (url == null || url.isBlank()) {
                continue;
            }
            try {
                URI uri = URI.create(url.trim());
                if (uri.getScheme() != null && uri.getHost() != null && uri.getScheme().matches("https?")
                        && uri.getHost().matches("[A-Za-z0-9.-]+")) {
                    origins.add(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
                }
            } catch (IllegalArgumentException e) {
                // not a URL: nothing to allow
            }
        }
        origins.remove("https://js.stripe.com");
        origins.remove(STRIPE_API);
        StringBuilder text = new StringBuilder();
        origins.forEach(origin -> text.append(' ').append(origin));
        return text.toString();
    }
}
