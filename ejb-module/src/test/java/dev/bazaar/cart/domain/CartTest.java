package dev.bazaar.cart.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;

class CartTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private static Money eur(long minor) {
        return Money.ofMinor(minor, "EUR");
    }

    @Test
    void addingAVariantAgainAddsToItsLine() {
        Cart cart = Cart.forCustomer(1, NOW);

        cart.add(10, 2, eur(500), 10, NOW);
        cart.add(10, 3, eur(500), 10, NOW);

        assertEquals(1, cart.lines().size());
        assertEquals(5, cart.lines().get(0).quantity());
        assertEquals("EUR", cart.currency());
    }

    @Test
    void aCartNeverHoldsMoreThanIsInStockOrMoreThanTheLimit() {
        Cart cart = Cart.forCustomer(1, NOW);
        cart.add(10, 2, eur(500), 3, NOW);

        assertThrows(ConflictException.class, () -> cart.add(10, 2, eur(500), 3, NOW));
        assertThrows(InvalidInputException.class, () -> cart.add(11, Cart.MAX_QUANTITY + 1, eur(500), 5000, NOW));
        assertThrows(InvalidInputException.class, () -> cart.add(11, 0, eur(500), 5, NOW));
        assertEquals(2, cart.lines().get(0).quantity());
    }

    @Test
    void aCartHoldsAtMostAHundredDifferentItemsAndSaysSo() {
        Cart cart = Cart.forCustomer(1, NOW);
        for (long variant = 1; variant <= Cart.MAX_LINES; variant++) {
            cart.add(variant, 1, eur(500), 10, NOW);
        }

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> cart.add(1000, 1, eur(500), 10, NOW));

        assertEquals("cannot be added: a cart holds at most 100 different items", refused.fieldErrors().get("variantId"));
        assertEquals(Cart.MAX_LINES, cart.lines().size());
        cart.add(1, 1, eur(500), 10, NOW); // more of an item already in it is fine
        assertEquals(2, cart.lines().get(0).quantity());
    }

    @Test
    void oneCartIsInOneCurrency() {
        Cart cart = Cart.forCustomer(1, NOW);
        cart.add(10, 1, eur(500), 3, NOW);

        assertThrows(ConflictException.class, () -> cart.add(11, 1, Money.ofMinor(500, "USD"), 3, NOW));
    }

    @Test
    void mergingAddsQuantitiesCappedByStockAndLeavesOutWhatCannotBeBought() {
        Cart mine = Cart.forCustomer(1, NOW);
        mine.add(10, 2, eur(500), 10, NOW);
        Cart guest = Cart.forGuest("hash", NOW);
        guest.add(10, 3, eur(500), 10, NOW);
        guest.add(11, 1, eur(700), 10, NOW);
        guest.add(12, 1, eur(900), 10, NOW);

        var notes = mine.absorb(guest, new MergeFacts(Map.of(
                10L, new MergeFacts.Offer("Mug", eur(500), 4),
                11L, new MergeFacts.Offer("Bowl", eur(650), 10))), NOW);

        assertEquals(4, mine.lineFor(10).orElseThrow().quantity());
        assertEquals(1, mine.lineFor(11).orElseThrow().quantity());
        assertEquals(650, mine.lineFor(11).orElseThrow().seenPriceAmount());
        assertTrue(mine.lineFor(12).isEmpty());
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("Only 4 of Mug"), notes.toString());
    }

    @Test
    void mergingLeavesOutLinesInAnotherCurrency() {
        Cart mine = Cart.forCustomer(1, NOW);
        mine.add(10, 1, eur(500), 10, NOW);
        Cart guest = Cart.forGuest("hash", NOW);
        guest.add(20, 1, Money.ofMinor(900, "USD"), 10, NOW);

        var notes = mine.absorb(guest, new MergeFacts(Map.of(20L, new MergeFacts.Offer("Hat", Money.ofMinor(900, "USD"), 10))), NOW);

        assertTrue(mine.lineFor(20).isEmpty());
        assertTrue(notes.get(0).contains("priced in USD"), notes.toString());
    }
}
