package dev.bazaar.kernel;

import java.util.Locale;

/** Turns what a person typed into a search box into a safe SQL LIKE pattern. */
public final class SearchText {

    private SearchText() {
    }

    /**
     * A case-insensitive "contains" pattern for {@code lower(column) like :pattern}; the person's own
     * % and _ match literally.
     */
    public static String containsPattern(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
