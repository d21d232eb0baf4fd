package dev.bazaar.api.v1;

import java.util.Map;

import dev.bazaar.api.problem.BadRequestParameterException;

/** Reads an optional id from a query parameter: absent is null, anything but a whole number a 400 naming it. */
final class IdParameter {

    private IdParameter() {
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
