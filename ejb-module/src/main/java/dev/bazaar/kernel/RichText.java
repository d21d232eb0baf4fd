package dev.bazaar.kernel;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Vendors write product descriptions in HTML; only formatting survives (paragraphs, emphasis,
 * lists, headings, links that open outside). Scripts, styles, event handlers and anything else are
 * removed before the text is stored, so nothing a vendor writes can run in a shopper's browser.
 */
public final class RichText {

    public static final int MAX_LENGTH = 20_000;

    private static final Safelist FORMATTING = Safelist.basic()
            .addTags("h2", "h3", "h4")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addEnforcedAttribute("a", "target", "_blank");

    private RichText() {
    }

    /** The HTML with everything but formatting removed; null or blank gives null. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html, FORMATTING).strip();
        return clean.isEmpty() ? null : clean;
    }

    /** The words without markup, for search and meta descriptions. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        // most text in lists has no markup at all: spare it the parse
        return html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html : Jsoup.parse(html).text();
    }
}
