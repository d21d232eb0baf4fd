package dev.bazaar.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;

class ReviewTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private static Review review(Integer rating, String title, String text) {
        return new Review(1, 2, 3, 4, "Kari Nordmann", rating, title, text, NOW);
    }

    @Test
    void aNewReviewWaitsForModerationWithItsTextsTrimmedAndItsAuthorNamedByFirstNameAndInitial() {
        Review review = review(4, "  Solid mug ", " Keeps tea hot. ");

        assertEquals(ReviewState.PENDING, review.state());
        assertEquals("Solid mug", review.title());
        assertEquals("Keeps tea hot.", review.text());
        assertEquals("Kari N.", review.authorName());
        assertEquals("Kari", Review.publicName("Kari"));
        assertEquals("A buyer", Review.publicName("  "));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceByField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> review(6, " ", "x".repeat(Review.MAX_TEXT + 1)));

        assertEquals(Map.of("rating", "must be from 1 to 5 stars", "title", "is required",
                "text", "must be at most 4000 characters"), refused.fieldErrors());
        assertEquals("must be from 1 to 5 stars", assertThrows(InvalidInputException.class, () -> review(0, "t", "x")).fieldErrors().get("rating"));
        assertTrue(assertThrows(InvalidInputException.class, () -> review(null, "t", "x")).fieldErrors().containsKey("rating"));
    }

    @Test
    void anAdminApprovesHidesWithAReasonAndApprovesAgainButNeverTwiceInARow() {
        Review review = review(5, "t", "x");

        review.approve("admin@bazaar.test", NOW);
        assertThrows(ConflictException.class, () -> review.approve("admin@bazaar.test", NOW));
        assertTrue(assertThrows(InvalidInputException.class, () -> review.hide(" ", "admin@bazaar.test", NOW)).fieldErrors().containsKey("reason"));
        assertEquals(ReviewState.APPROVED, review.state(), "a refused hide changes nothing");
        review.hide("spam", "admin@bazaar.test", NOW);
        assertEquals("spam", review.hiddenReason());
        assertThrows(ConflictException.class, () -> review.hide("again", "admin@bazaar.test", NOW));
        review.approve("admin@bazaar.test", NOW);
        assertEquals(ReviewState.APPROVED, review.state());
        assertEquals(null, review.hiddenReason());
    }

    @Test
    void onlyAnApprovedReviewCountsInTheRatings() {
        assertTrue(ReviewState.APPROVED.counts());
        assertFalse(ReviewState.PENDING.counts());
        assertFalse(ReviewState.HIDDEN.counts());
        assertFalse(ReviewState.APPROVED.canTransitionTo(ReviewState.PENDING));
    }

    @Test
    void aShopRepliesOnceAndOnlyToAShownReview() {
        Review review = review(2, "t", "x");

        assertThrows(ConflictException.class, () -> review.reply("Sorry", "owner@shop.test", NOW), "not shown yet");
        review.approve("admin@bazaar.test", NOW);
        assertTrue(assertThrows(InvalidInputException.class, () -> review.reply("x".repeat(Review.MAX_REPLY + 1), "owner@shop.test", NOW))
                .fieldErrors().containsKey("text"));
        review.reply(" Sorry to hear it. ", "owner@shop.test", NOW);
        assertEquals("Sorry to hear it.", review.reply());
        assertEquals("reply", assertThrows(ConflictException.class, () -> review.reply("Again", "owner@shop.test", NOW))
                .fieldErrors().keySet().iterator().next());
    }

    @Test
    void nobodyVotesForOrReportsTheirOwnReview() {
        Review review = review(3, "t", "x");

        assertTrue(review.writtenBy(4));
        assertFalse(review.writtenBy(5));
    }
}
