package dev.bazaar.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One option of a variant: size = M, colour = Blue. */
@Embeddable
public record OptionValue(@Column(name = "name", nullable = false, length = 40) String name,
                          @Column(name = "value", nullable = false, length = 80) String value) {

    public OptionValue {
        if (name == null || name.isBlank() || value == null || value.isBlank()) {
            throw new IllegalArgumentException("An option has a name and a value");
        }
        name = name.strip();
        value = value.strip();
        if (name.length() > 40 || value.length() > 80) {
            throw new IllegalArgumentException("An option name has at most 40 characters and its value at most 80");
        }
    }
}
