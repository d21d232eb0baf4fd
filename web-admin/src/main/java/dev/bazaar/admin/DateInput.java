package dev.bazaar.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a date a person typed into a filter (2026-11-21); anything else is refused with a message naming the field. */
final class DateInput {

    private DateInput() {
    }

    static LocalDate parse(String label, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + " must be a date like 2026-11-21, not '" + text.strip() + "'.");
        }
    }
}
