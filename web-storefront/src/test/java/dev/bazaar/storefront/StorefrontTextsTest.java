package dev.bazaar.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The storefront's texts exist in both languages: every key of the English bundle has a German text and
 * the German bundle has no key English lacks (else a page would show one language inside the other),
 * each pair takes the same parameters, and every text with parameters is a pattern MessageFormat reads
 * as written (no apostrophe swallowed).
 */
class StorefrontTextsTest {

    private static final String ENGLISH = "/dev/bazaar/storefront/messages.properties";
    private static final String GERMAN = "/dev/bazaar/storefront/messages_de.properties";

    @Test
    void theGermanBundleHasEveryKeyOfTheEnglishOneAndNoOther() throws IOException {
        Set<String> english = read(ENGLISH).keySet();
        Set<String> german = read(GERMAN).keySet();

        assertEquals(Set.of(), difference(english, german), "English texts without a German one");
        assertEquals(Set.of(), difference(german, english), "German texts without an English one");
    }

    @Test
    void eachTextTakesTheSameParametersInBothLanguages() throws IOException {
        Map<String, String> english = read(ENGLISH);
        Map<String, String> german = read(GERMAN);

        Map<String, String> mismatched = new TreeMap<>();
        english.forEach((key, text) -> {
            if (german.containsKey(key) && parameters(text) != parameters(german.get(key))) {
                mismatched.put(key, parameters(text) + " vs " + parameters(german.get(key)));
            }
        });
        assertEquals(Map.of(), mismatched);
    }

    @Test
    void textsWithParametersKeepTheirApostrophes() throws IOException {
        for (String bundle : new String[] {ENGLISH, GERMAN}) {
            read(bundle).forEach((key, text) -> {
                if (parameters(text) > 0) {
                    long written = text.replace("''", "'").chars().filter(c -> c == '\'').count();
                    long shown = new MessageFormat(text, Locale.ROOT).format(new Object[] {1, 2}).chars().filter(c -> c == '\'').count();
                    assertEquals(written, shown, bundle + " " + key + ": an apostrophe in a pattern is written twice");
                }
            });
        }
    }

    @Test
    void germanMomentsAndNumbersReadAsGermansWriteThem() throws IOException {
        String pattern = read(GERMAN).get("format.moment");
        Instant seventhOfDecember = Instant.parse("2026-12-07T14:05:00Z");

        String moment = DateTimeFormatter.ofPattern(pattern, Locale.GERMAN)
                .withZone(ZoneId.of("Europe/Berlin")).format(seventhOfDecember);
        String count = new MessageFormat(read(GERMAN).get("search.count"), Locale.GERMAN).format(new Object[] {1234L});

        assertEquals("7. Dez. 2026, 15:05 MEZ", moment);
        assertEquals("1.234 Produkte", count);
        assertEquals("1 Produkt", new MessageFormat(read(GERMAN).get("search.count"), Locale.GERMAN).format(new Object[] {1L}));
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> missing = new TreeSet<>(these);
        missing.removeAll(those);
        return missing;
    }

    /** How many parameters a text takes: 2 for "{0} by {1}", none for a text without braces. */
    private static int parameters(String text) {
        return text.contains("{") ? new MessageFormat(text, Locale.ROOT).getFormatsByArgumentIndex().length : 0;
    }

    private static Map<String, String> read(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StorefrontTextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().collect(Collectors.toMap(k -> k, properties::getProperty));
    }
}
