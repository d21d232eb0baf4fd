package dev.bazaar.catalog.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.bazaar.catalog.domain.OptionValue;
import dev.bazaar.catalog.domain.ProductVariant;
import dev.bazaar.catalog.domain.VariantSpec;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;

/**
 * A variant as the API, the back office and CSV import send it: text as typed, parsed here into a
 * {@link VariantSpec} so every surface reports the same field errors.
 */
public record VariantInput(@Schema(required = true, maxLength = 64) String sku,
                           @Schema(maxProperties = ProductVariant.MAX_OPTIONS, maxLength = 80, description = "Option name (at most 40 characters) to value") Map<String, String> options,
                           @Schema(required = true, maxLength = 20, description = "A decimal amount such as \"24.90\"") String price,
                           @Schema(minLength = 3, maxLength = 3) String currency, @Schema(maxLength = 20) String compareAtPrice,
                           Integer weightGrams, Integer lowStockThreshold) {

    /** Parses into a spec priced in {@code shopCurrency} (a currency given must be it); errors name {@code field}. */
    public VariantSpec toSpec(String field, String shopCurrency) {
        String prefix = field == null ? "" : field + ".";
        String given = currency == null || currency.isBlank() ? shopCurrency : currency.strip().toUpperCase(Locale.ROOT);
        if (given == null) {
            throw new InvalidInputException(prefix + "currency", "is required");
        }
        if (shopCurrency != null && !shopCurrency.equals(given)) {
            throw new InvalidInputException(prefix + "currency", "must be " + shopCurrency + ", the shop's payout currency");
        }
        Money amount = money(prefix + "price", price, given);
        Money compareAt = compareAtPrice == null || compareAtPrice.isBlank() ? null : money(prefix + "compareAtPrice", compareAtPrice, given);
        List<OptionValue> parsedOptions = new ArrayList<>();
        try {
            if (options != null) {
                options.forEach((name, value) -> parsedOptions.add(new OptionValue(name, value)));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(prefix + "options", e.getMessage());
        }
        try {
            return new VariantSpec(sku, parsedOptions, amount, compareAt, weightGrams,
                    lowStockThreshold == null ? 0 : lowStockThreshold);
        } catch (InvalidInputException e) {
            throw prefixed(prefix, e);
        }
    }

    /** Options as people type them in a form or a CSV cell: {@code size=M, colour=Blue}. */
    public static Map<String, String> options(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return options;
        }
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new InvalidInputException("options", "are written name=value, separated by commas, like size=M, colour=Blue");
            }
            options.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return options;
    }

    static InvalidInputException prefixed(String prefix, InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.fieldErrors().forEach((name, message) -> errors.put(prefix + name, message));
        return new InvalidInputException(errors);
    }

    private static Money money(String field, String text, String currency) {
        try {
            return Money.parse(text, currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
