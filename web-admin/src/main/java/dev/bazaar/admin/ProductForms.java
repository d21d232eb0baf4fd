package dev.bazaar.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.bazaar.catalog.application.ProductInput.AttributeInput;
import dev.bazaar.catalog.domain.OptionValue;
import dev.bazaar.catalog.domain.ProductAttribute;
import dev.bazaar.kernel.InvalidInputException;

/**
 * The editor's text fields for structured values: options written as {@code size=M, colour=Blue}
 * (read back by {@code VariantInput.options}), attributes one per line as {@code material: oak}. A
 * number or true/false makes a NUMBER or BOOLEAN attribute, anything else TEXT; the catalog's own
 * rules then check names and values.
 */
final class ProductForms {

    private static final Pattern NUMBER = Pattern.compile("^-?[0-9]+(\\.[0-9]+)?$");

    private ProductForms() {
    }

    static String options(List<OptionValue> options) {
        return options.stream().map(o -> o.name() + "=" + o.value()).collect(Collectors.joining(", "));
    }

    static List<AttributeInput> attributes(String text) {
        List<AttributeInput> attributes = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return attributes;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new InvalidInputException("attributes", "are written one per line as name: value, like material: oak");
            }
            String value = line.substring(colon + 1).strip();
            String kind = NUMBER.matcher(value).matches() ? "NUMBER"
                    : value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? "BOOLEAN" : "TEXT";
            attributes.add(new AttributeInput(line.substring(0, colon).strip(), kind, value));
        }
        return attributes;
    }

    static String attributes(List<ProductAttribute> attributes) {
        return attributes.stream().map(a -> a.name() + ": " + a.displayValue()).collect(Collectors.joining("\n"));
    }
}
