package dev.bazaar.api.v1;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import dev.bazaar.api.problem.BadRequestParameterException;

/** Reads a required month path parameter (2026-11); anything else is a 400 naming it. */
final class MonthParameter {

    private MonthParameter() {
    }

    static YearMonth of(String name, String raw) {
        try {
            return YearMonth.parse(raw == null ? "" : raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestParameterException(Map.of(name, "must be a month like 2026-11, was '" + (raw == null ? "" : raw.strip()) + "'"));
        }
    }
}
