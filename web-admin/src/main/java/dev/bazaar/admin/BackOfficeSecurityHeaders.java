package dev.bazaar.admin;

import dev.bazaar.web.SecurityHeaders;
import jakarta.servlet.annotation.WebFilter;

/** The back office's security headers: its pages load nothing from elsewhere, and no site may frame them. */
@WebFilter("/*")
public class BackOfficeSecurityHeaders extends SecurityHeaders {

    private static final String POLICY = pagePolicy();

    @Override
    protected String contentSecurityPolicy() {
        return POLICY;
    }
}
