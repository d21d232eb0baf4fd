package dev.bazaar.catalog.application;

import dev.bazaar.catalog.domain.Category;

/** A category with its place in the tree (the parent's slug; null at the top). */
public record CategoryView(long id, String slug, String name, String parentSlug) {

    static CategoryView of(Category category, String parentSlug) {
        return new CategoryView(category.id(), category.slug(), category.name(), parentSlug);
    }
}
