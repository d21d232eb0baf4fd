package dev.bazaar.ordering.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.domain.ShippingTerms;

class ShippingRateInputTest {

    @Test
    void amountsAreReadInTheRatesCurrency() {
        ShippingTerms terms = new ShippingRateInput("29", "300.50").terms("nok");

        assertEquals(Money.ofMinor(2900, "NOK"), terms.flatRate());
        assertEquals(Money.ofMinor(30050, "NOK"), terms.freeOver());
        assertEquals(ShippingTerms.STANDARD, terms.method());
    }

    @Test
    void withoutAThresholdDeliveryIsNeverFree() {
        ShippingTerms terms = new ShippingRateInput("700", " ").terms("JPY");

        assertEquals(Money.ofMinor(700, "JPY"), terms.flatRate());
        assertNull(terms.freeOver());
    }

    @Test
    void everyUnreadableFieldIsNamed() {
        Map<String, String> negativeAndTooPrecise = refusal(new ShippingRateInput("-1", "10.5"), "JPY");
        Map<String, String> unknownCurrency = refusal(new ShippingRateInput("", "x"), "ABC");

        assertEquals("The flat rate must be zero or more", negativeAndTooPrecise.get("flatRate"));
        assertEquals("The free-delivery threshold must be an amount in JPY such as 5, not '10.5'", negativeAndTooPrecise.get("freeOver"));
        assertEquals(Set.of("currency", "flatRate"), unknownCurrency.keySet());
        assertEquals("The flat rate is required (0 for free delivery)", unknownCurrency.get("flatRate"));
    }

    private static Map<String, String> refusal(ShippingRateInput input, String currency) {
        return assertThrows(InvalidInputException.class, () -> input.terms(currency)).fieldErrors();
    }
}
