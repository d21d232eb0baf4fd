package dev.bazaar.review.application;

import java.time.Instant;

import dev.bazaar.review.domain.ReviewState;

/**
 * A review with everything its author, its shop and the admins see: where it stands, why it was
 * hidden, how many found it helpful and how many reported it.
 */
public record ReviewDetail(long id, long orderLineId, long productId, String productName, long vendorId, String author, int rating,
                           String title, String text, ReviewState state, String hiddenReason, int helpfulVotes, int reports,
                           String reply, Instant repliedAt, Instant writtenAt) {
}
