package dev.bazaar.storefront;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.bazaar.catalog.application.VariantView;
import dev.bazaar.catalog.domain.OptionValue;
import dev.bazaar.ordering.application.CheckoutQuote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * What shoppers read for the catalog's codes: attribute names ({@code weight_kg} is "Weight"), their
 * values ("4 kg", "Yes" for true) and a variant picker's name ("Size"). Facets, chips and the product
 * page's details all say the same thing, in the shopper's language: a name the bundle knows
 * ({@code attribute.weight}) is translated, any other reads as its code in words.
 */
@Named("labels")
@ApplicationScoped
public class Labels {

    /** An attribute name's unit suffix, and how the unit is written after a number. */
    private static final Map<String, String> UNITS = Map.of(
            "kg", "kg", "g", "g", "cm", "cm", "mm", "mm", "m", "m", "ml", "ml", "l", "L", "w", "W");

    /** "weight_kg" reads "Weight" ("Gewicht"), "country_of_origin" reads "Country of origin". */
    public String attributeName(String name) {
        String code = unit(name) == null ? name : name.substring(0, name.lastIndexOf('_'));
        return named(code);
    }

    /** "true" reads "Yes", a number of a weight_kg reads "4 kg", a text value reads as it is. */
    public String attributeValue(String name, String value) {
        if ("true".equals(value)) {
            return Texts.text("attribute.yes");
        }
        if ("false".equals(value)) {
            return Texts.text("attribute.no");
        }
        String unit = unit(name);
        return unit == null ? value : value + " " + unit;
    }

    /** A chosen filter as its chip says it: "Handmade: Yes". */
    public String attribute(String name, String value) {
        return attributeName(name) + ": " + attributeValue(name, value);
    }

    /** What the variant picker is called: the variants' option name ("Size"), or "Size / Colour" for two. */
    public String optionName(List<VariantView> variants) {
        List<String> names = variants.stream()
                .flatMap(v -> v.options().stream())
                .map(OptionValue::name)
                .map(Labels::named)
                .distinct()
                .toList();
        return names.isEmpty() ? Texts.text("product.variant") : String.join(" / ", names);
    }

    /** A payment method as checkout offers it: the bundle's text for its code, else the service's label. */
    public String paymentMethod(CheckoutQuote.PaymentOption method) {
        String key = "payment." + method.code();
        return Texts.has(key) ? Texts.text(key) : method.label();
    }

    /** Where a shop's application stands, as its applicant reads it. */
    public String shopStatus(String status) {
        String key = "shopStatus." + status;
        return Texts.has(key) ? Texts.text(key) : status;
    }

    /** A code's text in the bundle ({@code attribute.size}), else the code as words. */
    private static String named(String code) {
        String key = "attribute." + code.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return Texts.has(key) ? Texts.text(key) : capitalised(code.replace('_', ' ').strip());
    }

    private static String unit(String name) {
        int underscore = name.lastIndexOf('_');
        return underscore < 0 ? null : UNITS.get(name.substring(underscore + 1).toLowerCase(Locale.ROOT));
    }

    private static String capitalised(String words) {
        return words == null || words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
