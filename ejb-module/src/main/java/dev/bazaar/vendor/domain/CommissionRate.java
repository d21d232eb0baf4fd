package dev.bazaar.vendor.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The platform's cut of a vendor's sales, in basis points: 1000 is 10 %, never below 0 or above 100 %. */
public record CommissionRate(int basisPoints) {

    public static final int MAX = 10_000;

    public CommissionRate {
        if (basisPoints < 0 || basisPoints > MAX) {
            throw new IllegalArgumentException("A commission rate is between 0 and 100 %");
        }
    }

    /** Reads a percentage such as "12.5" (at most two decimals, so it is a whole number of basis points). */
    public static CommissionRate ofPercent(String percent) {
        if (percent == null || percent.isBlank()) {
            throw new IllegalArgumentException("A commission rate is required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(percent.strip().replace("%", "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + percent.strip() + "' is not a percentage");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("A commission rate has at most two decimals");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A commission rate is between 0 and 100 %");
        }
        return new CommissionRate(value.movePointRight(2).intValueExact());
    }

    public String percent() {
        return BigDecimal.valueOf(basisPoints).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY)
                .stripTrailingZeros().toPlainString() + " %";
    }
}
