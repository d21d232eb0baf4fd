package dev.bazaar.api.v1;

import java.util.Map;

import dev.bazaar.api.problem.BadRequestParameterException;

/** Reads the optional {@code days} query parameter of the daily money views: 30 when absent, anything but a whole number a 400. */
final class DaysParameter {

    static final int DEFAULT = 30;

    private DaysParameter() {
    }

    static int of(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestParameterException(Map.of("days", "must be a whole number of days, was '" + raw.strip() + "'"));
        }
    }
}
