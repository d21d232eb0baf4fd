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
    private final Map<String, MessageKey> fieldKeys;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    /** The field error also as a key, for pages in another language. */
    public InvalidInputException(String field, String message, MessageKey key) {
        this(Map.of(field, message), Map.of(field, key));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        this(fieldErrors, Map.of());
    }

    /** The field errors, and those of them that have a key ({@code fieldKeys}, by field), for pages in another language. */
    public InvalidInputException(Map<String, String> fieldErrors, Map<String, MessageKey> fieldKeys) {
        super(describe(fieldErrors));
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.fieldKeys = Map.copyOf(fieldKeys);
    }

    @Override
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public Map<String, MessageKey> fieldKeys() {
        return fieldKeys;
    }

    private static String describe(Map<String, String> fieldErrors) {
        StringBuilder text = new StringBuilder();
        fieldErrors.forEach((field, message) -> text.append(text.isEmpty() ? "" : "; ").append(field).append(' ').append(message));
        return text.toString();
    }
}
