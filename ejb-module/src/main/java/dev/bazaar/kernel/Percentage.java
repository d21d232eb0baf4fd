package dev.bazaar.kernel;

import java.math.BigDecimal;

/**
 * A rate from 0 to 100 % with at most two decimals, held as whole basis points (2500 is 25 %,
 * 1 is 0.01 %), so rates are stored and multiplied exactly. Forms and API bodies give it as text.
 */
public record Percentage(int basisPoints) {

    public static final int WHOLE = 10_000;

    public Percentage {
        if (basisPoints < 0 || basisPoints > WHOLE) {
            throw new IllegalArgumentException("must be between 0 and 100 %");
        }
    }

    /**
     * Reads a percentage as a person writes it: "21", "7.5", "12.50 %". Nothing is rounded: more than
     * two decimals is refused. The exception's message says what is wrong, worded to follow the
     * field's name ("percent must be between 0 and 100 %").
     */
    public static Percentage parse(String percent) {
        String text = percent == null ? "" : percent.strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("is required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number such as 20 or 7.5");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("must be between 0 and 100 %");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("has at most two decimals");
        }
        return new Percentage(value.movePointRight(2).intValueExact());
    }

    /** The number alone, as a form field shows it: "12.5". */
    public String number() {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }

    /** As a person reads it: "12.5 %". */
    @Override
    public String toString() {
        return number() + " %";
    }
}
