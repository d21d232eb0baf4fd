package dev.bazaar.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void aPercentageIsReadAsWholeBasisPoints() {
        assertEquals(2100, Percentage.parse("21").basisPoints());
        assertEquals(750, Percentage.parse(" 7.5 ").basisPoints());
        assertEquals(1250, Percentage.parse("12.50 %").basisPoints());
        assertEquals(1, Percentage.parse("0.01").basisPoints());
        assertEquals(0, Percentage.parse("0").basisPoints());
        assertEquals(10_000, Percentage.parse("100").basisPoints());
    }

    @Test
    void basisPointsReadBackAsThePercentagePeopleWrite() {
        assertEquals("12.5 %", new Percentage(1250).toString());
        assertEquals("25 %", new Percentage(2500).toString());
        assertEquals("0 %", new Percentage(0).toString());
        assertEquals("0.01", new Percentage(1).number());
        assertEquals(new Percentage(1725), Percentage.parse(new Percentage(1725).toString()));
    }

    @Test
    void anythingElseIsRefusedWithAReasonAndNeverRounded() {
        assertEquals("must be between 0 and 100 %", refusal("101"));
        assertEquals("must be between 0 and 100 %", refusal("-1"));
        assertEquals("has at most two decimals", refusal("7.125"));
        assertEquals("must be a number such as 20 or 7.5", refusal("twenty"));
        assertEquals("is required", refusal(" "));
        assertEquals("is required", refusal(null));
        assertThrows(IllegalArgumentException.class, () -> new Percentage(10_001));
        assertThrows(IllegalArgumentException.class, () -> new Percentage(-1));
    }

    private static String refusal(String percent) {
        return assertThrows(IllegalArgumentException.class, () -> Percentage.parse(percent)).getMessage();
    }
}
