package dev.bazaar.storefront;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import jakarta.faces.model.SelectItem;

/** The pick lists forms share: countries and currencies by their names in the page's language. */
final class Choices {

    /** The currencies Bazaar pays vendors out in (those Stripe Connect settles most widely). */
    private static final List<String> PAYOUT_CURRENCIES = List.of("EUR", "GBP", "USD", "JPY", "CHF", "SEK", "DKK",
            "NOK", "PLN", "CAD", "AUD");

    private Choices() {
    }

    /** Every country, named and sorted as the page's language does ("Deutschland" among the Ds in German). */
    static List<SelectItem> countries() {
        Locale language = Texts.locale();
        Collator order = Collator.getInstance(language);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(language)))
                .sorted(Comparator.comparing(SelectItem::getLabel, order))
                .toList();
    }

    static List<SelectItem> payoutCurrencies() {
        Locale language = Texts.locale();
        return PAYOUT_CURRENCIES.stream()
                .map(code -> new SelectItem(code, code + " · " + Currency.getInstance(code).getDisplayName(language)))
                .toList();
    }
}
