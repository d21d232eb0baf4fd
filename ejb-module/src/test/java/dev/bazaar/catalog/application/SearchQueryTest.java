package dev.bazaar.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.InvalidInputException;

/** How search parameters are read: the same for the storefront's addresses and the API. */
class SearchQueryTest {

    @Test
    void readsEveryFilterAndWritesTheSameParametersBack() {
        Map<String, List<String>> parameters = Map.of(
                "q", List.of("  oak board "), "category", List.of("kitchen"), "brand", List.of("Fjord", "Fjord", "Alba"),
                "vendor", List.of("nordic-kitchen"), "attr", List.of("Material: oak"), "currency", List.of("eur"),
                "minPrice", List.of("10"), "maxPrice", List.of("49.5"), "inStock", List.of("true"), "sort", List.of("price-asc"));

        SearchQuery query = SearchQuery.parse(parameters);

        assertEquals("oak board", query.text());
        assertEquals(List.of("Fjord", "Alba"), query.brands(), "repeated values count once");
        assertEquals(List.of(new SearchQuery.AttributeFilter("material", "oak")), query.attributes());
        assertEquals("EUR", query.currency());
        assertEquals(1000L, query.minPriceMinor());
        assertEquals(4950L, query.maxPriceMinor());
        assertTrue(query.inStockOnly());
        assertEquals(SearchQuery.Sort.PRICE_ASC, query.sort());
        assertEquals(List.of("49.50"), query.parameters().get("maxPrice"));
        assertEquals(query, SearchQuery.parse(query.parameters()), "written back, read again: the same query");
    }

    @Test
    void relevanceNeedsWordsOtherwiseNewestFirst() {
        assertEquals(SearchQuery.Sort.NEWEST, SearchQuery.parse(Map.of()).sort());
        assertEquals(SearchQuery.Sort.NEWEST, SearchQuery.parse(Map.of("sort", List.of("relevance"))).sort());
        assertEquals(SearchQuery.Sort.RELEVANCE, SearchQuery.words("oak").sort());
        assertFalse(SearchQuery.words("oak").parameters().containsKey("sort"), "the default sort is not written");
    }

    @Test
    void everyBrokenParameterIsReportedByName() {
        InvalidInputException broken = assertThrows(InvalidInputException.class, () -> SearchQuery.parse(Map.of(
                "minPrice", List.of("10"), "attr", List.of("oak"), "inStock", List.of("yes"), "sort", List.of("cheap"),
                "q", List.of("x".repeat(201)))));

        assertEquals(Map.of("currency", "is required with a price range: shops sell in their own currency",
                "attr", "is name:value, like material:oak", "inStock", "is true or false",
                "sort", "is one of relevance, newest, price-asc, price-desc, name",
                "q", "must be at most 200 characters"), broken.fieldErrors());
    }

    @Test
    void exactTurnsTypoCorrectionOffAndIsKeptInTheParameters() {
        SearchQuery exact = SearchQuery.parse(Map.of("q", List.of("sevring bowl"), "exact", List.of("true")));

        assertTrue(exact.exact());
        assertFalse(SearchQuery.parse(Map.of("q", List.of("sevring bowl"))).exact());
        assertEquals(List.of("true"), exact.parameters().get("exact"));
        assertEquals("is true or false", assertThrows(InvalidInputException.class,
                () -> SearchQuery.parse(Map.of("exact", List.of("yes")))).fieldErrors().get("exact"));
    }

    @Test
    void aPriceRangeIsCheckedInItsCurrency() {
        assertEquals("JPY amounts have at most 0 decimal places", assertThrows(InvalidInputException.class,
                () -> SearchQuery.parse(Map.of("currency", List.of("JPY"), "minPrice", List.of("10.5")))).fieldErrors().get("minPrice"));
        assertEquals("must not be below minPrice", assertThrows(InvalidInputException.class, () -> SearchQuery.parse(Map.of(
                "currency", List.of("EUR"), "minPrice", List.of("20"), "maxPrice", List.of("10")))).fieldErrors().get("maxPrice"));
        assertEquals("must not be negative", assertThrows(InvalidInputException.class, () -> SearchQuery.parse(Map.of(
                "currency", List.of("EUR"), "minPrice", List.of("-1")))).fieldErrors().get("minPrice"));
        assertEquals("EUR", SearchQuery.parse(Map.of("currency", List.of("eur"))).currency(), "a currency alone filters by it");
        assertTrue(assertThrows(InvalidInputException.class, () -> SearchQuery.parse(Map.of(
                "currency", List.of("EURO")))).fieldErrors().containsKey("currency"), "an unknown code is refused by name");
    }
}
