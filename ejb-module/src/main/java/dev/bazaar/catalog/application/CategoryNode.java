package dev.bazaar.catalog.application;

/** A category in reading order of the tree, with how deep it sits (0 at the top), for indented pick lists. */
public record CategoryNode(CategoryView category, int depth) {
}
