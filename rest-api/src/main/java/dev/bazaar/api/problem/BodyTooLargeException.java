package dev.bazaar.api.problem;

import jakarta.ws.rs.core.Response.Status;

/** A request body over its limit ({@link RequestLimits}): a 413, whether said up front or found while reading. */
public class BodyTooLargeException extends RefusedBody {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + RequestLimits.describe(limit) + ", the most this endpoint takes",
                Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
