package dev.bazaar.storefront;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a form's messages name its fields ("The quantity", "City"), in the page's language: the bundle's
 * {@code label.<form>.<field>} texts. A field without one is named as the service names it.
 */
record FieldLabels(String form, List<String> fields) {

    static FieldLabels of(String form, String... fields) {
        return new FieldLabels(form, List.of(fields));
    }

    Map<String, String> inPageLanguage() {
        return fields.stream().filter(field -> Texts.has(key(field))).collect(Collectors.toMap(Function.identity(), field -> Texts.text(key(field))));
    }

    String key(String field) {
        return "label." + form + "." + field;
    }
}
