package dev.bazaar.ordering.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.domain.Coupon;
import dev.bazaar.ordering.domain.CouponKind;

/**
 * A coupon as a form or an API body gives it, in text: percent ("10", "12.5"), amounts ("50.00") in
 * {@code currency}, and ISO instants for the window. {@link #terms()} reads it, naming every field
 * it cannot read.
 */
public record CouponInput(@Schema(required = true, pattern = "^[A-Za-z0-9][A-Za-z0-9_-]{2,39}$") String code,
                          @Schema(required = true, enumeration = {"PERCENT", "FIXED"}) String kind,
                          @Schema(maxLength = 8, description = "PERCENT coupons: more than 0, at most 100") String percent,
                          @Schema(maxLength = 20, description = "FIXED coupons: a decimal amount such as \"5.00\"") String amount,
                          @Schema(minLength = 3, maxLength = 3) String currency, @Schema(maxLength = 20) String minSpend,
                          @Schema(format = "date-time", maxLength = 40) String startsAt, @Schema(format = "date-time", maxLength = 40) String endsAt,
                          @Schema(minimum = "1") Integer maxUses, @Schema(minimum = "1") Integer maxUsesPerCustomer) {

    public Coupon.Terms terms() {
        Map<String, String> problems = new LinkedHashMap<>();
        CouponKind k = null;
        try {
            k = kind == null ? null : CouponKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.put("kind", "must be PERCENT or FIXED");
        }
        Integer bps = null;
        if (k == CouponKind.PERCENT) {
            try {
                BigDecimal value = new BigDecimal(percent == null ? "" : percent.strip());
                bps = value.stripTrailingZeros().scale() > 2 ? null : value.movePointRight(2).intValueExact();
                if (bps == null) {
                    problems.put("percent", "has at most two decimals");
                }
            } catch (NumberFormatException | ArithmeticException e) {
                problems.put("percent", "must be a number such as 10 or 12.5");
            }
        }
        Money fixed = k == CouponKind.FIXED ? money("amount", amount, problems) : null;
        Money spend = minSpend == null || minSpend.isBlank() ? null : money("minSpend", minSpend, problems);
        Instant from = instant("startsAt", startsAt, problems);
        Instant until = instant("endsAt", endsAt, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Coupon.Terms(code, k, bps, fixed, spend, from, until, maxUses, maxUsesPerCustomer);
    }

    private Money money(String field, String value, Map<String, String> problems) {
        try {
            return Money.parse(value, currency);
        } catch (IllegalArgumentException e) {
            problems.put(field, e.getMessage());
            return null;
        }
    }

    private static Instant instant(String field, String value, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "must be a moment such as 2026-12-01T00:00:00Z");
            return null;
        }
    }
}
