package dev.bazaar.api.problem;

import java.util.logging.Level;
import java.util.logging.Logger;

import dev.bazaar.kernel.AuthenticationFailedException;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.TooManyAttemptsException;
import dev.bazaar.kernel.UnavailableException;
import dev.bazaar.platform.application.Outages;
import jakarta.ejb.EJBAccessException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every failure leaves the API as application/problem+json; each exception type is mapped here once. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final int RETRY_AFTER_SECONDS = 5;

    private ProblemMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return Problem.response(UNPROCESSABLE, "The request breaks a rule: " + e.getMessage(), e.fieldErrors());
        }
    }

    @Provider
    public static class Unauthenticated implements ExceptionMapper<AuthenticationFailedException> {
        @Override
        public Response toResponse(AuthenticationFailedException e) {
            return Response.fromResponse(Problem.response(Status.UNAUTHORIZED, e.getMessage()))
                    .header("WWW-Authenticate", "Bearer realm=\"bazaar\"")
                    .build();
        }
    }

    @Provider
    public static class TooManyAttempts implements ExceptionMapper<TooManyAttemptsException> {
        @Override
        public Response toResponse(TooManyAttemptsException e) {
            return Response.fromResponse(Problem.response(Status.TOO_MANY_REQUESTS, e.getMessage()))
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return Problem.response(Status.FORBIDDEN, e.getMessage());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problem.response(Status.CONFLICT, "The request conflicts with what exists: " + e.getMessage(),
                    e.fieldErrors());
        }
    }

    @Provider
    public static class Unavailable implements ExceptionMapper<UnavailableException> {
        @Override
        public Response toResponse(UnavailableException e) {
            return Response.fromResponse(Problem.response(Status.SERVICE_UNAVAILABLE, e.getMessage()))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
    }

    @Provider
    public static class BadParameter implements ExceptionMapper<BadRequestParameterException> {
        @Override
        public Response toResponse(BadRequestParameterException e) {
            return Problem.response(Status.BAD_REQUEST, "Invalid request parameters", e.fieldErrors());
        }
    }

    /**
     * What JAX-RS itself rejects: unknown paths (404), wrong methods (405, with the Allow header), media
     * types (406/415), bodies over their limit (413). The detail is ours: a message of the framework
     * (RESTEASY...) or naming a Java class is never passed on.
     */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 404 -> "No such resource";
                case 405 -> "This resource does not take that method; the Allow header lists those it takes";
                case 406 -> "This resource cannot answer in the media type asked for (Accept)";
                case 413 -> e instanceof RefusedBody ? e.getMessage() : "The request body is too large";
                case 408 -> e instanceof RefusedBody ? e.getMessage() : "The request took too long to arrive";
                case 415 -> "Send the body as application/json, or as the type this endpoint documents (multipart/form-data, text/csv)";
                default -> ownMessage(e).orElse(status.getReasonPhrase());
            };
            Response.ResponseBuilder problem = Response.fromResponse(Problem.response(status, detail));
            if (status.getStatusCode() == 405) {
                problem.allow(e.getResponse().getAllowedMethods());
            }
            return problem.build();
        }

        /** The message of an exception the API raised itself; a framework's message may name its internals. */
        private static java.util.Optional<String> ownMessage(WebApplicationException e) {
            String message = e.getMessage();
            boolean internal = message == null || message.startsWith("RESTEASY") || message.startsWith("HTTP ")
                    || message.contains("Exception") || message.contains("java.") || message.contains("jakarta.");
            return internal ? java.util.Optional.empty() : java.util.Optional.of(message);
        }
    }

    /** A service refused the caller's role: the rule lives in the EJB, so it answers 403 like the API's own checks. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
        @Override
        public Response toResponse(EJBAccessException e) {
            return Problem.response(Status.FORBIDDEN, "Your role may not do this");
        }
    }

    /**
     * Anything unexpected: logged with its stack, answered without one (a body refused on the way: its
     * own status; the database or broker out of reach: 503 with Retry-After, nothing written).
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            return unexpected(e);
        }
    }

    /** Errors and checked exceptions too (an OutOfMemoryError, say): never a page naming them. */
    @Provider
    public static class UnexpectedThrowable implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e);
        }
    }

    static Response unexpected(Throwable e) {
        RefusedBody refused = RefusedBody.in(e).orElse(null);
        if (refused != null) {
            return Problem.response(refused.getResponse().getStatusInfo(), refused.getMessage());
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HeuristicMixedException || cause instanceof HeuristicRollbackException) {
                // a resource went away in the middle of a two-phase commit: the transaction manager finishes it on
                // recovery, so the outcome is not known yet; a retry with the same Idempotency-Key will tell it
                LOG.log(Level.WARNING, "A transaction's outcome is left to recovery: " + cause);
                return Response.fromResponse(Problem.response(Status.SERVICE_UNAVAILABLE,
                        "The service is briefly unavailable and the outcome is not known yet. Try again in a moment with the same"
                                + " Idempotency-Key to learn it."))
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
            if (cause instanceof RollbackException) {
                // the commit failed (a resource went away before the transaction could prepare): nothing was written
                LOG.log(Level.WARNING, "A transaction rolled back at its commit: " + cause);
                return Response.fromResponse(Problem.response(Status.SERVICE_UNAVAILABLE,
                        "The service is briefly unavailable; nothing was changed. Try again in a moment."))
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
            if (Outages.unavailable(cause)) {
                LOG.log(Level.WARNING, "A dependency is unavailable: " + cause);
                return Response.fromResponse(Problem.response(Status.SERVICE_UNAVAILABLE,
                        "The service is briefly unavailable; nothing was changed. Try again in a moment."))
                        .header("Retry-After", RETRY_AFTER_SECONDS).build();
            }
        }
        LOG.log(Level.SEVERE, "Unhandled error in the API", e);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side");
    }

    static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };
}
