package dev.bazaar.review.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class RatingSummaryTest {

    @Test
    void theAverageHasOneDecimalAndTheDistributionStartsAtFiveStars() {
        RatingSummary summary = RatingSummary.of(new int[] {1, 0, 0, 1, 1});

        assertEquals(3, summary.count());
        assertEquals(new BigDecimal("3.3"), summary.average(), "(1 + 4 + 5) / 3 = 3.33");
        assertEquals(List.of(new StarCount(5, 1, 33), new StarCount(4, 1, 33), new StarCount(3, 0, 0), new StarCount(2, 0, 0),
                new StarCount(1, 1, 33)), summary.distribution());
    }

    @Test
    void aProductWithoutApprovedReviewsHasNoAverage() {
        RatingSummary summary = RatingSummary.of(new int[5]);

        assertEquals(0, summary.count());
        assertNull(summary.average());
        assertEquals(5, summary.distribution().size());
    }

    @Test
    void halfwayRoundsUp() {
        assertEquals(new BigDecimal("3.5"), RatingSummary.of(new int[] {0, 1, 0, 0, 1}).average());
        assertEquals(new BigDecimal("4.8"), RatingSummary.of(new int[] {0, 0, 0, 1, 3}).average(), "4.75");
    }
}
