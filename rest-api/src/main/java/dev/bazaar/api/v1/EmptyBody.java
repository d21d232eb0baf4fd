package dev.bazaar.api.v1;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A POST without a body and without a Content-Type (an action such as "mark paid" or "cancel" with
 * nothing to add) counts as an empty JSON body, so it reaches the endpoint instead of a 415.
 */
@Provider
@PreMatching
public class EmptyBody implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod()) && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null
                && request.getLength() <= 0 && !request.hasEntity()) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
