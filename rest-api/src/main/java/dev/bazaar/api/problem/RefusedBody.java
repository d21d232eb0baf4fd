package dev.bazaar.api.problem;

import java.net.SocketTimeoutException;
import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A request body {@link RequestLimits} refuses while it is being read (too large, too slow): the
 * refusal is passed through whatever layer was reading, and its message is the problem's detail.
 */
public abstract class RefusedBody extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    protected RefusedBody(String message, Response.StatusType status) {
        super(message, status.getStatusCode());
    }

    /**
     * The refusal {@code e} is or was caused by, if any; a read that timed out (the server's read
     * timeout, while a body was still awaited) is one too, and so is text holding the NUL character.
     */
    static Optional<RefusedBody> in(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RefusedBody refused) {
                return Optional.of(refused);
            }
            if (cause instanceof SocketTimeoutException) {
                return Optional.of(new BodyTooSlowException());
            }
            if (cause instanceof NulEscapeGuard.NulFound) {
                return Optional.of(new NulInBodyException());
            }
        }
        return Optional.empty();
    }
}
