package dev.bazaar.catalog.application;

/** What the search box offers as a shopper types: a product's name and where it lives. */
public record SearchSuggestion(String text, String slug) {
}
