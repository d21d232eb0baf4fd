package dev.bazaar.kernel;

import java.util.Map;

import jakarta.ejb.ApplicationException;

/**
 * The request clashes with what exists (a taken e-mail address, a duplicate slug): a 409. Nothing
 * has been written when it is thrown.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException implements FieldErrors {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public ConflictException(String field, String message) {
        super(field + " " + message);
        this.fieldErrors = Map.of(field, message);
    }

    @Override
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
