package dev.bazaar.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void totalPagesRoundsUp() {
        assertEquals(3, new Page<>(List.of(), 0, 20, 41).totalPages());
        assertEquals(2, new Page<>(List.of(), 0, 20, 40).totalPages());
        assertEquals(0, new Page<>(List.of(), 0, 20, 0).totalPages());
    }

    @Test
    void thereIsANextPageUntilTheLast() {
        assertTrue(new Page<>(List.of(), 1, 20, 41).hasNext());
        assertFalse(new Page<>(List.of(), 2, 20, 41).hasNext());
    }

    @Test
    void aPageRequestKnowsItsOffset() {
        assertEquals(60, new PageRequest(3, 20).offset());
    }

    @Test
    void aPageRequestRejectsNegativePagesAndOddSizesNamingTheField() {
        assertEquals("must be 0 or more",
                assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 20)).fieldErrors().get("page"));
        assertEquals("must be between 1 and 100",
                assertThrows(InvalidInputException.class, () -> new PageRequest(0, 0)).fieldErrors().get("size"));
        assertThrows(InvalidInputException.class, () -> new PageRequest(0, 101));
    }
}
