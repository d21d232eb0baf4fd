package dev.bazaar.review.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A shop's rating from the approved reviews of all its products: the average to one decimal and how many. */
public record ShopRating(BigDecimal average, int count) {

    /** The rating of a shop's tally ({@code shop_rating}), null when no approved review counts. */
    public static ShopRating of(Number count, Number sum) {
        if (count == null || count.intValue() == 0) {
            return null;
        }
        return new ShopRating(BigDecimal.valueOf(sum.longValue()).divide(BigDecimal.valueOf(count.longValue()), 1, RoundingMode.HALF_UP),
                count.intValue());
    }
}
