package dev.bazaar.notification.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The mails' texts exist in both languages: every key of the English bundle has a German text and
 * the German bundle has no key English lacks (else a mail would mix the two),
 * each pair takes the same parameters, and every text with parameters is a pattern MessageFormat reads
 * as written (no apostrophe swallowed).
 */
class MailTextsTest {

    private static final String ENGLISH = "/dev/bazaar/notification/application/mails.properties";
    private static final String GERMAN = "/dev/bazaar/notification/application/mails_de.properties";

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
    void aLanguageTheMailsAreNotWrittenInReadsEnglish() {
        Instant seventhOfDecember = Instant.parse("2026-12-07T14:05:00Z");

        assertEquals("Your Bazaar order BZ-1", MailTexts.in("fr").text("confirmation.subject", "BZ-1"));
        assertEquals("Your Bazaar order BZ-1", MailTexts.in(null).text("confirmation.subject", "BZ-1"));
        assertEquals("Ihre Bazaar-Bestellung BZ-1", MailTexts.in("de").text("confirmation.subject", "BZ-1"));
        assertEquals("7. Dez. 2026, 14:05 UTC", MailTexts.in("de").when(seventhOfDecember));
        assertEquals("7 Dec 2026 14:05 UTC", MailTexts.in("en").when(seventhOfDecember));
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
        try (InputStream in = MailTextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames().stream().collect(Collectors.toMap(k -> k, properties::getProperty));
    }
}
