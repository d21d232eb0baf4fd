package dev.bazaar.catalog.application;

import java.util.ArrayList;
import java.util.List;

import dev.bazaar.catalog.domain.ProductAttribute;
import dev.bazaar.catalog.domain.ProductDetails;
import dev.bazaar.kernel.InvalidInputException;

/** A product's details as the API, the back office and CSV import send them (variants come separately). */
public record ProductInput(String name, String slug, String description, String brand, String categorySlug,
                           List<AttributeInput> attributes) {

    /** One attribute as typed: a name, TEXT / NUMBER / BOOLEAN, and the value. */
    public record AttributeInput(String name, String kind, String value) {
    }

    ProductDetails details() {
        List<ProductAttribute> parsed = new ArrayList<>();
        if (attributes != null) {
            for (int i = 0; i < attributes.size(); i++) {
                AttributeInput attribute = attributes.get(i);
                try {
                    parsed.add(ProductAttribute.parse(attribute.name(), attribute.kind(), attribute.value()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("attributes[" + i + "]", e.getMessage());
                }
            }
        }
        ProductDetails details = new ProductDetails(name, slug, description, brand, parsed);
        if (!details.problems().isEmpty()) {
            throw new InvalidInputException(details.problems());
        }
        return details;
    }
}
