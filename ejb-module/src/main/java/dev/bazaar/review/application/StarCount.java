package dev.bazaar.review.application;

/** How many approved reviews gave {@code stars} stars, and what share of all they are (whole percent). */
public record StarCount(int stars, int count, int percent) {
}
