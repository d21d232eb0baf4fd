/**
 * The review services: {@code ShopperReviews} (write a review of a delivered line, vote, report),
 * {@code ShopReplies} (a shop's one public reply), {@code ReviewModeration} (the admins' queue,
 * approve and hide, tallies moved in the same transaction) and {@code ProductReviews} (what shoppers
 * and apps read: approved reviews with replies and the product's rating). They return records, never
 * entities.
 */
package dev.bazaar.review.application;
