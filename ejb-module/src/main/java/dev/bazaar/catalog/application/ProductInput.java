package dev.bazaar.catalog.application;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.bazaar.catalog.domain.ProductAttribute;
import dev.bazaar.catalog.domain.ProductDetails;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.RichText;
import dev.bazaar.kernel.Slug;

/** A product's details as the API, the back office and CSV import send them (variants come separately). */
public record ProductInput(@Schema(required = true, maxLength = 200) String name, @Schema(maxLength = Slug.MAX_LENGTH) String slug,
                           @Schema(maxLength = RichText.MAX_LENGTH) String description, @Schema(maxLength = 120) String brand,
                           @Schema(maxLength = Slug.MAX_LENGTH) String categorySlug, @Schema(maxItems = ProductDetails.MAX_ATTRIBUTES) List<AttributeInput> attributes) {

    /** One attribute as typed: a name, TEXT / NUMBER / BOOLEAN, and the value. */
    public record AttributeInput(@Schema(required = true, pattern = "^[a-z][a-z0-9_]{0,39}$") String name,
                                 @Schema(required = true, enumeration = {"TEXT", "NUMBER", "BOOLEAN"}) String kind,
                                 @Schema(required = true, maxLength = 200) String value) {
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
