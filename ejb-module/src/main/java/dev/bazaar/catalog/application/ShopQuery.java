package dev.bazaar.catalog.application;

import java.util.List;
import java.util.Map;

import dev.bazaar.kernel.FieldProblems;

/**
 * What a shopper searches shops for, read the same way from the storefront's address
 * ({@code /search?q=...&tab=shops}) and the API's query parameters ({@code /api/v1/search/shops?q=...}):
 * {@code q}, words (none: every shop, by name), and {@code exact=true}, the words as typed, nothing corrected.
 */
public record ShopQuery(String text, boolean exact) {

    /** Reads the parameters; every broken one is reported by name in one {@link dev.bazaar.kernel.InvalidInputException}. */
    public static ShopQuery parse(Map<String, List<String>> parameters) {
        FieldProblems problems = new FieldProblems();
        String text = first(parameters, "q");
        problems.optional("q", text, SearchQuery.MAX_TEXT);
        String exact = first(parameters, "exact");
        problems.when(exact != null && !exact.equals("true") && !exact.equals("false"), "exact", "is true or false");
        problems.throwIfAny();
        return new ShopQuery(text, "true".equals(exact));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : FieldProblems.strip(values.get(0));
    }
}
