package dev.bazaar.review.application;

import java.time.Instant;

/**
 * An approved review as shoppers read it: every review comes from a delivered order line (a verified
 * purchase); the shop's reply, when it gave one, comes with it. Texts are plain: pages escape them.
 */
public record ReviewView(long id, long productId, int rating, String title, String text, String author, boolean verifiedPurchase,
                         Instant writtenAt, int helpfulVotes, String reply, Instant repliedAt) {
}
