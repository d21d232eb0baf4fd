package dev.bazaar.api.problem;

import jakarta.ws.rs.core.Response.Status;

/**
 * A request body still arriving when its time is up ({@link RequestLimits}): a 408, so a client
 * trickling its body byte by byte cannot hold a server thread for longer than that.
 */
public class BodyTooSlowException extends RefusedBody {

    private static final long serialVersionUID = 1L;

    /** The body stopped arriving: nothing came for as long as the server waits between reads. */
    public BodyTooSlowException() {
        super("The request body stopped arriving before it was complete; send it again", Status.REQUEST_TIMEOUT);
    }

    /** The body was still arriving when the time it is given was up. */
    public BodyTooSlowException(long seconds) {
        super("The request body did not arrive within " + seconds + " seconds; send it again on a faster connection",
                Status.REQUEST_TIMEOUT);
    }
}
