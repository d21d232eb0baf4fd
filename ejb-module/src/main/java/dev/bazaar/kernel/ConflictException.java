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
    private final Map<String, MessageKey> fieldKeys;

    public ConflictException(String field, String message) {
        this(field, message, null);
    }

    /** The conflict with its field error also as a key, for pages in another language ({@code key} may be null). */
    public ConflictException(String field, String message, MessageKey key) {
        super(field + " " + message);
        this.fieldErrors = Map.of(field, message);
        this.fieldKeys = key == null ? Map.of() : Map.of(field, key);
    }

    @Override
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public Map<String, MessageKey> fieldKeys() {
        return fieldKeys;
    }
}
