package dev.bazaar.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;

class StockArithmeticTest {

    private static StockLevel stocked(int onHand) {
        StockLevel level = new StockLevel(1L, 2L);
        level.adjust(onHand);
        return level;
    }

    @Test
    void adjustingCountsUnitsInAndOut() {
        StockLevel level = stocked(10);

        assertEquals(-3, level.adjust(-3));
        assertEquals(7, level.onHand());
        assertEquals(7, level.available());
    }

    @Test
    void stockOnHandNeverGoesNegative() {
        StockLevel level = stocked(2);

        assertThrows(InvalidInputException.class, () -> level.adjust(-3));
        assertEquals(2, level.onHand());
    }

    @Test
    void reservedUnitsCannotBeCountedOut() {
        StockLevel level = stocked(5);
        level.reserve(4);

        assertThrows(ConflictException.class, () -> level.adjust(-2));
        assertEquals(1, level.available());
        assertEquals(-1, level.adjust(-1));
        assertEquals(0, level.available());
    }

    @Test
    void onlyAvailableUnitsCanBeReserved() {
        StockLevel level = stocked(3);
        level.reserve(2);

        assertThrows(ConflictException.class, () -> level.reserve(2));
        assertThrows(InvalidInputException.class, () -> level.reserve(0));
        assertEquals(2, level.reserved());
    }

    @Test
    void aSaleTakesReservedUnitsOffTheShelfAndAReleaseGivesThemBack() {
        StockLevel level = stocked(6);
        level.reserve(4);

        level.sellReserved(3);
        level.release(1);

        assertEquals(3, level.onHand());
        assertEquals(0, level.reserved());
        assertThrows(IllegalStateException.class, () -> level.release(1));
    }

    @Test
    void aCountSetsOnHandAndReportsTheDifference() {
        StockLevel level = stocked(10);

        assertEquals(-4, level.count(6));
        assertEquals(6, level.onHand());
        assertThrows(InvalidInputException.class, () -> level.count(-1));
    }
}
