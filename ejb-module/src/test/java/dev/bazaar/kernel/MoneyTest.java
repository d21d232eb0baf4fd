package dev.bazaar.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void parsingADecimalAmountKeepsMinorUnitsExactly() {
        Money price = Money.parse("19.99", "EUR");

        assertEquals(1999, price.amountMinor());
        assertEquals("EUR", price.currencyCode());
    }

    @Test
    void currenciesWithoutMinorUnitsParseWholeAmounts() {
        assertEquals(1200, Money.parse("1200", "JPY").amountMinor());
    }

    @Test
    void moreDecimalPlacesThanTheCurrencyHasAreRejectedNotRounded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("1.005", "EUR"));
        assertEquals("EUR amounts have at most 2 decimal places", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.parse("10.5", "JPY"));
    }

    @Test
    void trailingZerosBeyondTheCurrencyScaleAreAccepted() {
        assertEquals(1250, Money.parse("12.500", "USD").amountMinor());
    }

    @Test
    void badInputIsRejectedWithAMessageAPersonUnderstands() {
        assertEquals("'abc' is not a number",
                assertThrows(IllegalArgumentException.class, () -> Money.parse("abc", "EUR")).getMessage());
        assertEquals("'XXY' is not an ISO-4217 currency code",
                assertThrows(IllegalArgumentException.class, () -> Money.parse("1", "XXY")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.parse(" ", "EUR"));
        assertThrows(IllegalArgumentException.class, () -> Money.parse("99999999999999999999", "EUR"));
    }

    @Test
    void arithmeticStaysInOneCurrency() {
        Money a = Money.ofMinor(1050, "GBP");
        Money b = Money.ofMinor(250, "GBP");

        assertEquals(Money.ofMinor(1300, "GBP"), a.plus(b));
        assertEquals(Money.ofMinor(800, "GBP"), a.minus(b));
        assertEquals(Money.ofMinor(3150, "GBP"), a.times(3));
        assertThrows(IllegalArgumentException.class, () -> a.plus(Money.ofMinor(1, "EUR")));
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        assertThrows(ArithmeticException.class, () -> Money.ofMinor(Long.MAX_VALUE, "EUR").plus(Money.ofMinor(1, "EUR")));
    }

    @Test
    void formatsForThePersonReadingIt() {
        assertEquals("€12.50", Money.ofMinor(1250, "EUR").format(Locale.UK));
        assertEquals("$1,234.00", Money.ofMinor(123400, "USD").format(Locale.US));
        assertEquals("¥1,200", Money.ofMinor(1200, "JPY").format(Locale.US));
        assertEquals(new BigDecimal("12.50"), Money.ofMinor(1250, "EUR").toDecimal());
    }

    @Test
    void equalityIsByAmountAndCurrency() {
        assertEquals(Money.parse("5", "EUR"), Money.ofMinor(500, "EUR"));
        assertEquals(-1, Money.ofMinor(1, "EUR").compareTo(Money.ofMinor(2, "EUR")));
    }
}
