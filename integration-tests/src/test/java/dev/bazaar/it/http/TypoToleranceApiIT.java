package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.TestCatalog.approved;
import static dev.bazaar.it.http.TestCatalog.madeUpWord;
import static dev.bazaar.it.http.TestCatalog.typo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * Typo tolerance per word (issue 19, ADR 0019): a typed word of 5 letters or more may carry one typo,
 * one of 9 or more two (a missing, extra or wrong letter, or neighbours swapped); words as typed rank
 * above corrections; "did you mean" only when a correction found the products, with the address that
 * searches the words as typed.
 */
public class TypoToleranceApiIT {

    /** What the table-driven test must reach: the bar. */
    private static final double REQUIRED_HIT_RATE = 0.90;

    private static String word;
    private static String neighbour;

    @BeforeAll
    static void twoLanternsWhoseWordsAreOneTypoApartAndAVase() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        word = madeUpWord();
        neighbour = word.substring(0, 6) + (word.charAt(6) == 'q' ? 'x' : 'q') + word.substring(7);
        approved(shop, word + " Lantern", "brass", "120", "140");
        approved(shop, neighbour + " Lantern", "brass", "130", "150");
        approved(shop, word + " Vase", "glass", "60", "70");
    }

    @Test
    void misspellingsOfTheCatalogsWordsFindTheProductsMeant() {
        List<String> words = catalogWords();
        Random random = new Random(19);
        List<String> misses = new ArrayList<>();
        int tried = 0;
        for (String meant : words) {
            for (Typo kind : Typo.values()) {
                String typed = kind.apply(meant, random);
                if (typed == null || typed.equals(meant) || typosAllowed(typed) < kind.typos) {
                    continue; // the rule does not forgive this many typos in a word this short
                }
                tried++;
                List<String> names = names(search("q=" + encode(typed) + "&size=50"));
                if (names.stream().noneMatch(n -> n.toLowerCase(Locale.ROOT).contains(meant))) {
                    misses.add(kind + " " + typed + " (" + meant + ")");
                }
            }
        }
        double hitRate = (tried - misses.size()) / (double) tried;
        System.out.printf("Typo tolerance: %d misspellings of %d catalog words, %d found what was meant (%.1f %%); missed: %s%n",
                tried, words.size(), tried - misses.size(), hitRate * 100, misses);

        assertTrue(tried >= 80, "enough misspellings to measure: " + tried);
        assertTrue(hitRate >= REQUIRED_HIT_RATE, String.format("%.1f %% found; missed: %s", hitRate * 100, misses));
    }

    @Test
    void everyWordOfAQueryIsForgivenItsTypoNotOnlyWhenNothingElseMatched() {
        JsonObject result = search("q=" + encode(typo(word) + " lantren"));

        assertEquals(word + " Lantern", names(result).get(0), "both words corrected, the fewest typos first");
        assertFalse(names(result).contains(word + " Vase"), "the vase is no lantern");
        assertFalse(result.getBoolean("approximate"));
        assertEquals(word.toLowerCase() + " lantern", result.getJsonObject("didYouMean").getString("text"));
    }

    @Test
    void wordsOfFourLettersOrFewerAreNotCorrected() {
        JsonObject vase = search("q=" + encode(word + " vsae"));
        JsonObject exact = search("q=" + encode(word + " vase"));

        assertFalse(hasDidYouMean(vase), vase.toString());
        assertTrue(vase.getBoolean("approximate"), "no word was corrected, only look-alike titles are left: " + vase);
        assertEquals(List.of(word + " Vase"), names(exact));
    }

    @Test
    void aWordFoundAsTypedOutranksOneFoundThroughATypo() {
        List<String> forWord = names(search("q=" + encode(word + " lantern")));
        List<String> forNeighbour = names(search("q=" + encode(neighbour + " lantern")));

        assertEquals(List.of(word + " Lantern", neighbour + " Lantern"), forWord);
        assertEquals(List.of(neighbour + " Lantern", word + " Lantern"), forNeighbour);
    }

    @Test
    void didYouMeanOnlyWhenACorrectionFoundTheProductsWithALinkToTheWordsAsTyped() {
        String typed = typo(word) + " lantern";
        JsonObject corrected = search("q=" + encode(typed));
        JsonObject asTyped = search("q=" + encode(word + " lantern"));

        JsonObject didYouMean = corrected.getJsonObject("didYouMean");
        assertEquals(word.toLowerCase() + " lantern", didYouMean.getString("text"));
        assertFalse(hasDidYouMean(asTyped), asTyped.toString());
        URI exactly = URI.create(didYouMean.getString("searchExactly"));
        assertTrue(exactly.getQuery().contains("exact=true"), exactly.toString());
        HttpResponse<String> followed = get(exactly.getRawPath().substring(exactly.getRawPath().indexOf("/api/")) + "?" + exactly.getRawQuery());
        assertEquals(200, followed.statusCode(), followed.body());
        assertEquals(0, json(followed).getInt("totalItems"), "no product has the words as typed");
        assertFalse(hasDidYouMean(json(followed)));
    }

    @Test
    void theSearchPageSaysDidYouMeanOnlyWhenACorrectionWasUsed() {
        String typed = typo(word) + " lantern";
        String corrected = get("/search?q=" + encode(typed) + "&currency=all").body();
        String asTyped = get("/search?q=" + encode(word + " lantern") + "&currency=all").body();
        HttpResponse<String> exactly = get("/search?q=" + encode(typed) + "&exact=true&currency=all");

        assertTrue(corrected.contains("id=\"didYouMean\""), "the note");
        assertTrue(corrected.contains("Did you mean “<strong>" + word.toLowerCase() + " lantern</strong>”?"));
        assertTrue(corrected.contains("exact=true"), "the link to the words as typed");
        assertTrue(corrected.contains(word + " Lantern"));
        assertFalse(asTyped.contains("id=\"didYouMean\""));
        assertEquals(200, exactly.statusCode());
        assertFalse(exactly.body().contains("id=\"didYouMean\""));
        assertTrue(exactly.body().contains("0 products"), "the words as typed find nothing");
    }

    @Test
    void brokenParametersAre422sByName() {
        HttpResponse<String> exact = get("/api/v1/products?q=lantern&exact=maybe");
        HttpResponse<String> tooLong = get("/api/v1/products?q=" + "lantren".repeat(30));

        assertEquals(422, exact.statusCode(), exact.body());
        assertEquals("is true or false", fieldErrors(exact).get("exact"));
        assertEquals(422, tooLong.statusCode(), tooLong.body());
        assertTrue(fieldErrors(tooLong).containsKey("q"));
    }

    // ---- the misspellings

    /** Kinds of typo, each made at a random place in the word. */
    private enum Typo {
        MISSING(1), EXTRA(1), WRONG(1), SWAPPED(1), TWO(2);

        final int typos;

        Typo(int typos) {
            this.typos = typos;
        }

        String apply(String word, Random random) {
            return switch (this) {
                case MISSING -> {
                    int at = random.nextInt(word.length());
                    yield word.substring(0, at) + word.substring(at + 1);
                }
                case EXTRA -> {
                    int at = random.nextInt(word.length() + 1);
                    yield word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at);
                }
                case WRONG -> {
                    int at = random.nextInt(word.length());
                    char other = (char) ('a' + (word.charAt(at) - 'a' + 1 + random.nextInt(25)) % 26);
                    yield word.substring(0, at) + other + word.substring(at + 1);
                }
                case SWAPPED -> {
                    int at = random.nextInt(word.length() - 1);
                    yield word.charAt(at) == word.charAt(at + 1) ? null
                            : word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                }
                case TWO -> {
                    String once = SWAPPED.apply(word, random);
                    yield once == null ? null : WRONG.apply(once, random);
                }
            };
        }
    }

    /** The rule, for the typed word: 5 letters or more one typo, 9 or more two. */
    private static int typosAllowed(String typed) {
        return typed.length() >= 9 ? 2 : typed.length() >= 5 ? 1 : 0;
    }

    /** The words (5 letters or more, letters only) of the titles of products shoppers find, not the tests' made-up ones. */
    private static List<String> catalogWords() {
        List<String> words = new ArrayList<>();
        String all = Database.single("select string_agg(distinct w, ' ' order by w) from product_search,"
                + " regexp_split_to_table(lower(name), '[^a-z]+') w where length(w) >= 5 and w not like 'zor%'").orElseThrow();
        for (String w : all.split(" ")) {
            words.add(w);
        }
        return words;
    }

    private static JsonObject search(String query) {
        HttpResponse<String> response = get("/api/v1/products?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static boolean hasDidYouMean(JsonObject result) {
        return result.containsKey("didYouMean") && !result.isNull("didYouMean");
    }

    private static List<String> names(JsonObject result) {
        return result.getJsonArray("items").stream().map(JsonObject.class::cast).map(p -> p.getString("name")).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
