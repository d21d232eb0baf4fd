package dev.bazaar.ordering.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.Percentage;

class RateRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private static ShippingTerms terms(Money flat, Money freeOver) {
        return new ShippingTerms(ShippingTerms.STANDARD, flat, freeOver);
    }

    @Test
    void aShippingRateKeepsItsCurrencyWhenItsAmountsChange() {
        ShippingRate rate = new ShippingRate(7L, terms(Money.ofMinor(2900, "NOK"), Money.ofMinor(30000, "NOK")));

        rate.change(terms(Money.ofMinor(0, "NOK"), null));

        assertEquals("NOK", rate.currency());
        assertEquals(Money.ofMinor(0, "NOK"), rate.terms().flatRate());
        assertNull(rate.terms().freeOver());
        assertThrows(IllegalArgumentException.class, () -> rate.change(terms(Money.ofMinor(500, "EUR"), null)));
        assertThrows(IllegalArgumentException.class,
                () -> new ShippingRate(null, terms(Money.ofMinor(500, "EUR"), Money.ofMinor(5000, "GBP"))));
    }

    @Test
    void aRateWithoutAShopIsThePlatformsDefault() {
        assertEquals(true, new ShippingRate(null, terms(Money.ofMinor(495, "EUR"), null)).platformDefault());
        assertEquals(false, new ShippingRate(3L, terms(Money.ofMinor(495, "EUR"), null)).platformDefault());
    }

    @Test
    void aTaxRateIsForACountryCodeAndNamesTheCountry() {
        TaxRate rate = new TaxRate("PT", Percentage.parse("23"), NOW);

        assertEquals("Portugal", rate.countryName());
        assertEquals(2300, rate.rate().basisPoints());
        rate.change(Percentage.parse("6"), NOW.plusSeconds(60));
        assertEquals(600, rate.rate().basisPoints());
        assertEquals(NOW.plusSeconds(60), rate.updatedAt());
        assertThrows(IllegalArgumentException.class, () -> new TaxRate("pt", Percentage.parse("23"), NOW));
        assertThrows(IllegalArgumentException.class, () -> new TaxRate("XX1", Percentage.parse("23"), NOW));
    }
}
