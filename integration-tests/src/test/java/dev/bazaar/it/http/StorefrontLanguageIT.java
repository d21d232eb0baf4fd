package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/**
 * The storefront's language on a first visit, over plain HTTP: a browser that prefers German gets the
 * German storefront (html lang="de"), any other gets English; the language chosen in the header (the
 * bazaar-language cookie) wins over the browser's; a default is not a choice, so nothing is remembered.
 */
public class StorefrontLanguageIT {

    @Test
    void aBrowserThatPrefersGermanGetsTheGermanStorefrontOnItsFirstVisit() {
        HttpResponse<String> home = page("/", "de-DE,de;q=0.9,en;q=0.8", null);

        assertTrue(home.body().contains("<html lang=\"de\""), "the page says it is German");
        assertTrue(home.body().contains("Neu eingetroffen"), "the home page's rows are named in German");
        assertTrue(home.body().contains(">Zum Inhalt springen</a>"), "the skip link too");
        assertTrue(home.body().contains("placeholder=\"Produkte, Marken und Läden suchen\""), "the search box too");
        assertFalse(home.body().contains("New in"), "no English left on the page's own texts");
        assertFalse(home.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("bazaar-language=")),
                "the browser's language is a default, not a choice: nothing is remembered");
    }

    @Test
    void anyOtherBrowserLanguageGetsEnglish() {
        for (String language : new String[] {"en-US,en;q=0.9", "fr-FR,fr;q=0.9", "nb-NO"}) {
            HttpResponse<String> home = page("/", language, null);

            assertTrue(home.body().contains("<html lang=\"en\""), language + " gets English");
            assertTrue(home.body().contains("New in"), language);
        }
        assertTrue(page("/", null, null).body().contains("<html lang=\"en\""), "without Accept-Language, English");
    }

    @Test
    void theChosenLanguageWinsOverTheBrowsers() {
        HttpResponse<String> english = page("/search", "de-DE", "bazaar-language=en");
        HttpResponse<String> german = page("/search", "en-US", "bazaar-language=de");
        HttpResponse<String> unknown = page("/search", "de-DE", "bazaar-language=xx");

        assertTrue(english.body().contains("<html lang=\"en\"") && english.body().contains("All products"), "chosen English");
        assertTrue(german.body().contains("<html lang=\"de\"") && german.body().contains("Alle Produkte"), "chosen German");
        assertTrue(unknown.body().contains("<html lang=\"de\""), "a language the storefront does not speak is no choice");
    }

    private static HttpResponse<String> page(String path, String acceptLanguage, String cookie) {
        HttpResponse<String> response = Http.call("GET", path, null, null, "Accept-Language", acceptLanguage, "Cookie", cookie);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response;
    }
}
