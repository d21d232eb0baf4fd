package dev.bazaar.api.problem;

import java.util.Map;

/** A query or path parameter the API cannot use: a 400 with the parameter named. */
public class BadRequestParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public BadRequestParameterException(Map<String, String> fieldErrors) {
        super("Invalid request parameters");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
