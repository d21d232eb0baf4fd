package dev.bazaar.kernel;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * Input that breaks a rule, with the offending field(s): a 422 on the API, a message beside the field
 * on a page. Nothing has been written when it is thrown (the transaction rolls back).
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException implements FieldErrors {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(describe(fieldErrors));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    @Override
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String describe(Map<String, String> fieldErrors) {
        StringBuilder text = new StringBuilder();
        fieldErrors.forEach((field, message) -> text.append(text.isEmpty() ? "" : "; ").append(field).append(' ').append(message));
        return text.toString();
    }
}
