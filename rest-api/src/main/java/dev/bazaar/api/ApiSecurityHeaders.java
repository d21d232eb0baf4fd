package dev.bazaar.api;

import dev.bazaar.web.SecurityHeaders;
import jakarta.servlet.annotation.WebFilter;

/** The API's security headers: its answers are data, so the policy allows nothing to run, frame or post. */
@WebFilter("/*")
public class ApiSecurityHeaders extends SecurityHeaders {

    private static final String POLICY = apiPolicy();

    @Override
    protected String contentSecurityPolicy() {
        return POLICY;
    }

    /** JAX-RS reads the API's parameters and bodies; RequestLimits refuses undecodable ones as a problem. */
    @Override
    protected boolean readsParameters() {
        return false;
    }
}
