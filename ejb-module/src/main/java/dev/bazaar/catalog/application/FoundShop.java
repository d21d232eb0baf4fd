package dev.bazaar.catalog.application;

import dev.bazaar.review.application.ShopRating;

/**
 * A shop a shopper found: where its page is, what it says of itself ({@code summary}: the start of its
 * description as plain text), where it is ({@code country} code, the {@code cities} it ships from) and how
 * many products it has that shoppers can find.
 */
public record FoundShop(long id, String slug, String name, String summary, String country, String cities, String logoUrl,
                        long products, ShopRating rating) {
}
