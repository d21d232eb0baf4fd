package dev.bazaar.review.application;

/** How many shoppers found a review helpful, the caller's vote included. */
public record HelpfulVotes(long reviewId, int helpfulVotes) {
}
