package dev.bazaar.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Units of an order line held at one stock location. */
@Embeddable
public record Allocation(@Column(name = "location_id") long locationId, @Column(name = "quantity") int quantity) {
}
