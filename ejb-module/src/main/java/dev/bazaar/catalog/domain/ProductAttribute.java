package dev.bazaar.catalog.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A typed fact about a product that shoppers filter by: material = oak (TEXT), capacity = 4
 * (NUMBER), organic = true (BOOLEAN). Names are lower-case words, so facets group them reliably.
 */
@Embeddable
public record ProductAttribute(@Column(name = "name", nullable = false, length = 40) String name,
                               @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 10) Kind kind,
                               @Column(name = "text_value", length = 200) String textValue,
                               @Column(name = "number_value", precision = 14, scale = 4) BigDecimal numberValue) {

    public enum Kind { TEXT, NUMBER, BOOLEAN }

    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");

    public ProductAttribute {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An attribute name is a lower-case word of at most 40 letters, digits or _, like material");
        }
        if (kind == null) {
            throw new IllegalArgumentException("An attribute has a kind: TEXT, NUMBER or BOOLEAN");
        }
        boolean fits = switch (kind) {
            case TEXT -> textValue != null && !textValue.isBlank() && textValue.length() <= 200 && numberValue == null;
            case NUMBER -> numberValue != null && textValue == null;
            case BOOLEAN -> ("true".equals(textValue) || "false".equals(textValue)) && numberValue == null;
        };
        if (!fits) {
            throw new IllegalArgumentException("Attribute " + name + " needs a " + kind.name().toLowerCase(Locale.ROOT) + " value");
        }
        textValue = textValue == null ? null : textValue.strip();
    }

    /** Reads an attribute as the API and CSV import write it: a name, a kind and the value as text. */
    public static ProductAttribute parse(String name, String kind, String value) {
        Kind parsedKind;
        try {
            parsedKind = Kind.valueOf(kind == null ? "TEXT" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("An attribute kind is TEXT, NUMBER or BOOLEAN");
        }
        String text = value == null ? null : value.strip();
        return switch (parsedKind) {
            case TEXT -> new ProductAttribute(name, parsedKind, text, null);
            case NUMBER -> {
                try {
                    yield new ProductAttribute(name, parsedKind, null, text == null ? null : new BigDecimal(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Attribute " + name + " needs a number value");
                }
            }
            case BOOLEAN -> new ProductAttribute(name, parsedKind, text == null ? null : text.toLowerCase(Locale.ROOT), null);
        };
    }

    /** The value as shoppers read it. */
    public String displayValue() {
        return kind == Kind.NUMBER ? numberValue.stripTrailingZeros().toPlainString() : textValue;
    }
}
