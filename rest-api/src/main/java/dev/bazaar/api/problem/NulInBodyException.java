package dev.bazaar.api.problem;

import jakarta.ws.rs.core.Response.Status;

/**
 * A JSON body whose text holds the NUL character ({@code \u0000}): PostgreSQL cannot store it in any
 * text column, so the whole body is refused (400) before any of it is used.
 */
public class NulInBodyException extends RefusedBody {

    private static final long serialVersionUID = 1L;

    public NulInBodyException() {
        super("Text in the request body must not contain the NUL character (\\u0000)", Status.BAD_REQUEST);
    }
}
