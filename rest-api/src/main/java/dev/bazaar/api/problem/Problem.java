package dev.bazaar.api.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem document. {@code errors} lists the offending fields of a validation failure.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public record FieldError(String field, String message) {
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, Map.of());
    }

    public static Response response(Response.StatusType status, String detail, Map<String, String> fieldErrors) {
        return response(status, detail, fieldErrors.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FieldError(e.getKey(), e.getValue()))
                .toList());
    }

    /** A 422 whose errors keep the order given (a file's problems, line by line). */
    public static Response unprocessable(String detail, List<FieldError> errors) {
        return response(ProblemMappers.UNPROCESSABLE, detail, errors);
    }

    private static Response response(Response.StatusType status, String detail, List<FieldError> errors) {
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                errors.isEmpty() ? null : errors);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
