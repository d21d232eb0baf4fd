package dev.bazaar.api.v1;

import java.util.Map;

import dev.bazaar.api.problem.BadRequestParameterException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.PageRequest;

/** Reads the {@code page} and {@code size} query parameters; anything but a valid number is a 400. */
final class Paging {

    static final int DEFAULT_SIZE = 20;

    private Paging() {
    }

    static PageRequest of(String page, String size) {
        int pageNumber = number("page", page, 0);
        int pageSize = number("size", size, DEFAULT_SIZE);
        try {
            return new PageRequest(pageNumber, pageSize);
        } catch (InvalidInputException e) {
            throw new BadRequestParameterException(e.fieldErrors());
        }
    }

    /** A whole-number query parameter ({@code defaultValue} when absent); anything else is a 400 naming it. */
    static int number(String name, String raw, int defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestParameterException(Map.of(name, "must be a whole number, was '" + raw + "'"));
        }
    }
}
