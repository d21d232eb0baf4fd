package dev.bazaar.review.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The rating of a product from its approved reviews: how many, the average to one decimal (none
 * without reviews) and the count of each star, five stars first.
 */
public record RatingSummary(int count, BigDecimal average, List<StarCount> distribution) {

    /** The summary of a tally: {@code stars[i]} reviews gave i + 1 stars. */
    static RatingSummary of(int[] stars) {
        int count = IntStream.of(stars).sum();
        int sum = IntStream.range(0, stars.length).map(i -> (i + 1) * stars[i]).sum();
        BigDecimal average = count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        List<StarCount> distribution = IntStream.iterate(stars.length, s -> s >= 1, s -> s - 1)
                .mapToObj(s -> new StarCount(s, stars[s - 1], count == 0 ? 0 : Math.round(100f * stars[s - 1] / count)))
                .toList();
        return new RatingSummary(count, average, distribution);
    }
}
