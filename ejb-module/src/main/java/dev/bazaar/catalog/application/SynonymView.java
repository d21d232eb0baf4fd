package dev.bazaar.catalog.application;

/** A synonym rule: typing {@code term} also finds {@code synonym}, and the other way round when {@code bothWays}. */
public record SynonymView(long id, String term, String synonym, boolean bothWays) {
}
