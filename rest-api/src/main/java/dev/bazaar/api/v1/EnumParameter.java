package dev.bazaar.api.v1;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.bazaar.api.problem.BadRequestParameterException;

/** Reads a query parameter that names one of an enum's values (any case); anything else is a 400 listing them. */
final class EnumParameter {

    private EnumParameter() {
    }

    /** The value named by {@code raw}, or null when the parameter is absent or blank. */
    static <E extends Enum<E>> E of(Class<E> type, String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestParameterException(Map.of(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
        }
    }
}
