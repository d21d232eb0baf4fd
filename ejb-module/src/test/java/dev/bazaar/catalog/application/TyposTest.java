package dev.bazaar.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The typo rule and the distance that counts a swap of neighbouring letters as one typo. */
class TyposTest {

    @Test
    void longerWordsMayCarryMoreTypos() {
        assertEquals(0, Typos.allowed("oak"));
        assertEquals(0, Typos.allowed("bowl"));
        assertEquals(1, Typos.allowed("towel"));
        assertEquals(1, Typos.allowed("skillets"));
        assertEquals(2, Typos.allowed("stoneware"));
        assertEquals(0, Typos.allowed("20cm12345"), "words with digits are sizes or SKUs, never corrected");
    }

    @Test
    void eachKindOfTypoCountsOnce() {
        assertEquals(0, Typos.distance("merino", "merino"));
        assertEquals(1, Typos.distance("skilet", "skillet"), "a missing letter");
        assertEquals(1, Typos.distance("skilllet", "skillet"), "an extra letter");
        assertEquals(1, Typos.distance("skollet", "skillet"), "a wrong letter");
        assertEquals(1, Typos.distance("meirno", "merino"), "neighbours swapped");
        assertEquals(1, Typos.distance("sevring", "serving"), "neighbours swapped");
        assertEquals(2, Typos.distance("sotneawre", "stoneware"), "two swaps");
        assertEquals(2, Typos.distance("ab", "ba") + Typos.distance("abc", "abd"));
    }

    @Test
    void theLastWordIsComparedWithTheStartOfAWord() {
        assertEquals(0, Typos.prefixDistance("meri", "merino"));
        assertEquals(1, Typos.prefixDistance("meirn", "merino"), "a swap while still typing");
        assertTrue(Typos.prefixDistance("mxyzq", "merino") > 1, "not the start of merino");
    }
}
