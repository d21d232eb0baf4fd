package dev.bazaar.kernel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An amount of money: minor units (cents, pence, yen) of one ISO-4217 currency. Never a double.
 * Arithmetic only combines amounts of the same currency.
 */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

    private static final long serialVersionUID = 1L;

    @Column(name = "price_amount", nullable = false)
    private long amountMinor;

    @Column(name = "price_currency", nullable = false, length = 3)
    private String currencyCode;

    protected Money() {
        // for JPA
    }

    private Money(long amountMinor, Currency currency) {
        this.amountMinor = amountMinor;
        this.currencyCode = currency.getCurrencyCode();
    }

    public static Money ofMinor(long amountMinor, String currencyCode) {
        return new Money(amountMinor, currency(currencyCode));
    }

    /**
     * Parses a decimal amount such as "12.50" in the given currency. More fractional digits than the
     * currency has (e.g. "1.005" EUR, "10.5" JPY) are rejected rather than rounded: a price is never
     * silently changed.
     */
    public static Money parse(String decimalAmount, String currencyCode) {
        Currency currency = currency(currencyCode);
        if (decimalAmount == null || decimalAmount.isBlank()) {
            throw new IllegalArgumentException("An amount is required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(decimalAmount.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + decimalAmount.trim() + "' is not a number");
        }
        int digits = fractionDigits(currency);
        if (value.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " amounts have at most "
                    + digits + " decimal places");
        }
        try {
            return new Money(value.movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + decimalAmount.trim() + "' is too large");
        }
    }

    private static Currency currency(String currencyCode) {
        if (currencyCode == null) {
            throw new IllegalArgumentException("A currency is required");
        }
        try {
            return Currency.getInstance(currencyCode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + currencyCode + "' is not an ISO-4217 currency code");
        }
    }

    private static int fractionDigits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    public long amountMinor() {
        return amountMinor;
    }

    public String currencyCode() {
        return currencyCode;
    }

    public Currency currency() {
        return Currency.getInstance(currencyCode);
    }

    public boolean isNegative() {
        return amountMinor < 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency());
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amountMinor, other.amountMinor), currency());
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(amountMinor, quantity), currency());
    }

    private void requireSameCurrency(Money other) {
        if (!currencyCode.equals(other.currencyCode)) {
            throw new IllegalArgumentException("Cannot combine " + currencyCode + " with " + other.currencyCode);
        }
    }

    /** The amount as a plain decimal ("12.50"), as a form field shows it. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(amountMinor, fractionDigits(currency()));
    }

    /** The amount as a person reads it in the given locale, e.g. "€12.50" or "¥1,200". */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency currency = currency();
        format.setCurrency(currency);
        format.setMinimumFractionDigits(fractionDigits(currency));
        format.setMaximumFractionDigits(fractionDigits(currency));
        return format.format(toDecimal().setScale(fractionDigits(currency), RoundingMode.UNNECESSARY));
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(amountMinor, other.amountMinor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amountMinor == other.amountMinor
                && currencyCode.equals(other.currencyCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amountMinor, currencyCode);
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currencyCode;
    }
}
