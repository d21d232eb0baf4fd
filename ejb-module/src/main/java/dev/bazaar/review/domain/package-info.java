/**
 * The review aggregate ({@link dev.bazaar.review.domain.Review}) with its rules (rating 1 to 5, title
 * and text within their limits, moderation moves, one reply), its states, and {@link
 * dev.bazaar.review.domain.Reviews}, which stores reviews, votes and reports and keeps the rating
 * tallies of products and shops.
 */
package dev.bazaar.review.domain;
