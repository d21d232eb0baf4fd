package dev.bazaar.storefront;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import jakarta.faces.model.SelectItem;

/** The pick lists forms share: countries and currencies by their English names. */
final class Choices {

    private static final List<SelectItem> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(SelectItem::getLabel))
            .toList();

    /** The currencies Bazaar pays vendors out in (those Stripe Connect settles most widely). */
    private static final List<SelectItem> PAYOUT_CURRENCIES = List.of("EUR", "GBP", "USD", "JPY", "CHF", "SEK", "DKK",
                    "NOK", "PLN", "CAD", "AUD").stream()
            .map(code -> new SelectItem(code, code + " · " + Currency.getInstance(code).getDisplayName(Locale.ENGLISH)))
            .toList();

    private Choices() {
    }

    static List<SelectItem> countries() {
        return COUNTRIES;
    }

    static List<SelectItem> payoutCurrencies() {
        return PAYOUT_CURRENCIES;
    }
}
