package dev.bazaar.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bazaar.catalog.application.SearchWords.Word;

/** How the words of a search become full-text queries: nothing typed is query syntax. */
class SearchWordsTest {

    @Test
    void onlyLettersAndDigitsPassAndTheLastWordIsAlsoAPrefix() {
        SearchWords words = SearchWords.asTyped("Oak & 'board' | !20cm:*");

        assertEquals("oak & board & 20cm", words.exactQuery());
        assertEquals("oak & board & 20cm:*", words.typedQuery());
        assertFalse(words.corrected());
    }

    @Test
    void aCorrectedWordMatchesAsTypedOrAsAnyAlternativeAndASynonymPhraseAsWordsInARow() {
        SearchWords words = new SearchWords(List.of(
                new Word("sevring", "serving", List.of("serving", "severing")),
                new Word("tee", null, List.of("t-shirt"))));

        assertTrue(words.corrected());
        assertEquals("serving tee", words.correctedText());
        assertEquals("(sevring | (serving) | (severing)) & (tee:* | (t <-> shirt))", words.matchingQuery());
        assertEquals("(sevring | serving) & tee:*", words.closestQuery());
    }
}
