package dev.bazaar.api.v1;

import java.util.Map;

import dev.bazaar.api.problem.BadRequestParameterException;

/**
 * Reads an id from a query parameter (optional: absent is null) or a path parameter (required: blank
 * is a 400 too); anything but a whole number is a 400 naming it.
 */
final class IdParameter {

    private IdParameter() {
    }

    /** A path's id: a blank one (a path like {@code shops/%20/ledger}) is refused by name like any other that is not a number. */
    static long required(String name, String raw) {
        Long id = of(name, raw);
        if (id == null) {
            throw new BadRequestParameterException(Map.of(name, "must be an id (a whole number), was '" + raw + "'"));
        }
        return id;
    }

    static Long of(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestParameterException(Map.of(name, "must be an id (a whole number), was '" + raw + "'"));
        }
    }
}
