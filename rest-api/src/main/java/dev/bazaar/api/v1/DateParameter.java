package dev.bazaar.api.v1;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import dev.bazaar.api.problem.BadRequestParameterException;

/** Reads an optional ISO date query parameter (2026-11-21); anything else is a 400 naming it. */
final class DateParameter {

    private DateParameter() {
    }

    static LocalDate of(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestParameterException(Map.of(name, "must be a date like 2026-11-21, was '" + raw.strip() + "'"));
        }
    }
}
