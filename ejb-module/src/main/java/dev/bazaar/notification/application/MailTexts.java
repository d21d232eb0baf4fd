package dev.bazaar.notification.application;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import dev.bazaar.kernel.Money;

/**
 * The words of the mails to shoppers in one language: the {@code mails} resource bundle (mails.properties,
 * mails_de.properties), money and times formatted for that language. A language without its own
 * bundle reads English. A text is a {@link MessageFormat} pattern (an apostrophe in it is written twice).
 */
public final class MailTexts {

    static final String BUNDLE = "dev.bazaar.notification.application.mails";
    /** The languages the mails are written in; the first is the one for any other. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter when;

    private MailTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.when = DateTimeFormatter.ofPattern(bundle.getString("when"), locale).withZone(ZoneOffset.UTC);
    }

    /** The texts in {@code language} (a two-letter code), English for one the mails are not written in or none. */
    public static MailTexts in(String language) {
        return new MailTexts(Locale.forLanguageTag(language != null && LANGUAGES.contains(language) ? language : LANGUAGES.get(0)));
    }

    public String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** Whether the mails have a text {@code key} in this language. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String money(Money money) {
        return money.format(locale);
    }

    /** A moment as the mails name it (in UTC: a mail's reader may be anywhere). */
    public String when(Instant at) {
        return when.format(at);
    }
}
