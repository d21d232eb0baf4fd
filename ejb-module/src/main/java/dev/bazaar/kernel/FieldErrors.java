package dev.bazaar.kernel;

import java.util.Map;

/**
 * A refusal that names the fields it is about (bad input, a conflict), so pages and the API can show
 * each problem beside its field; one catch serves every such exception.
 */
public interface FieldErrors {

    Map<String, String> fieldErrors();

    /** The field errors that can also be said in another language, as keys (by field; none by default). */
    default Map<String, MessageKey> fieldKeys() {
        return Map.of();
    }
}
