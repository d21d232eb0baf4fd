package dev.bazaar.catalog.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.RichText;
import dev.bazaar.kernel.Slug;

/**
 * What a vendor says about a product, apart from its variants: title, slug, description (HTML,
 * sanitised here), brand and attributes.
 */
public record ProductDetails(String name, String slug, String descriptionHtml, String brand,
                             List<ProductAttribute> attributes) {

    public static final int MAX_ATTRIBUTES = 20;

    public ProductDetails {
        name = FieldProblems.strip(name);
        slug = Slug.normalize(FieldProblems.strip(slug));
        descriptionHtml = RichText.sanitise(descriptionHtml);
        brand = FieldProblems.strip(brand);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** Every broken rule, by field; empty when the details can be stored. */
    public Map<String, String> problems() {
        FieldProblems problems = new FieldProblems()
                .required("name", name, 200)
                .add("slug", Slug.problem(slug))
                .optional("description", descriptionHtml, RichText.MAX_LENGTH)
                .optional("brand", brand, 120);
        if (attributes.size() > MAX_ATTRIBUTES) {
            problems.add("attributes", "at most " + MAX_ATTRIBUTES + " per product");
        }
        Set<String> names = new HashSet<>();
        for (ProductAttribute attribute : attributes) {
            if (!names.add(attribute.name())) {
                problems.add("attributes", "name " + attribute.name() + " is given twice");
            }
        }
        return problems.asMap();
    }
}
