package dev.bazaar.storefront;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import dev.bazaar.catalog.application.ProductSearch;
import dev.bazaar.identity.application.Accounts;
import dev.bazaar.identity.application.AddressBook;
import dev.bazaar.identity.application.AddressView;
import dev.bazaar.kernel.AuthenticationFailedException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The shopper's currency and time zone. The currency is the one chosen in the header (a cookie kept a
 * year, and for a signed-in shopper also on the account, so it follows them to another browser), else
 * the currency of the shipping country: the signed-in shopper's default shipping address,
 * else the region of the browser's language; products are priced in it only if some shop sells in it,
 * else no currency is preferred and listings show every one. Listings show only products priced in the
 * shopper's currency unless the address asks for every currency ({@code ?currency=all}) or another.
 * The time zone is the browser's (a cookie the header's script sets), else the shipping country's, else UTC.
 */
@Named("preferences")
@RequestScoped
public class ShopperPreferences {

    static final String CURRENCY_COOKIE = "bazaar-currency";
    static final String ZONE_COOKIE = "bazaar-zone";
    /** The choice, in the header and in addresses, to see products in every currency. */
    public static final String EVERY_CURRENCY = "all";
    private static final int YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

    /** Where a country's clock is when the browser does not say (the capital's, for countries with several). */
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("AT", "Europe/Vienna"),
            Map.entry("AU", "Australia/Sydney"), Map.entry("BE", "Europe/Brussels"), Map.entry("BR", "America/Sao_Paulo"),
            Map.entry("CA", "America/Toronto"), Map.entry("CH", "Europe/Zurich"), Map.entry("CN", "Asia/Shanghai"),
            Map.entry("CZ", "Europe/Prague"), Map.entry("DE", "Europe/Berlin"), Map.entry("DK", "Europe/Copenhagen"),
            Map.entry("ES", "Europe/Madrid"), Map.entry("FI", "Europe/Helsinki"), Map.entry("FR", "Europe/Paris"),
            Map.entry("GB", "Europe/London"), Map.entry("IE", "Europe/Dublin"), Map.entry("IN", "Asia/Kolkata"),
            Map.entry("IT", "Europe/Rome"), Map.entry("JP", "Asia/Tokyo"), Map.entry("KR", "Asia/Seoul"),
            Map.entry("NL", "Europe/Amsterdam"), Map.entry("NO", "Europe/Oslo"), Map.entry("NZ", "Pacific/Auckland"),
            Map.entry("PL", "Europe/Warsaw"), Map.entry("PT", "Europe/Lisbon"), Map.entry("SE", "Europe/Stockholm"),
            Map.entry("SG", "Asia/Singapore"), Map.entry("US", "America/New_York"));

    @EJB
    ProductSearch search;

    @EJB
    Accounts accounts;

    @EJB
    AddressBook addressBook;

    private List<String> currencies;
    private Optional<String> country;
    private Optional<String> currency;
    private String chosen;
    private String returnTo;

    /** The currencies products are priced in, for the header's choice. */
    public List<String> getCurrencies() {
        if (currencies == null) {
            currencies = search.currencies();
        }
        return currencies;
    }

    /** The shopper's currency, or null when they chose every currency or nothing tells. */
    public String getCurrency() {
        if (currency == null) {
            String choice = Optional.ofNullable(cookie(CURRENCY_COOKIE)).or(this::accountChoice).orElse(null);
            if (EVERY_CURRENCY.equals(choice)) {
                currency = Optional.empty();
            } else if (choice != null && getCurrencies().contains(choice)) {
                currency = Optional.of(choice);
            } else {
                currency = country().flatMap(ShopperPreferences::currencyOf).filter(getCurrencies()::contains);
            }
        }
        return currency.orElse(null);
    }

    /** The choice a signed-in shopper made on another browser: it is kept on their account. */
    private Optional<String> accountChoice() {
        if (FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null) {
            return Optional.empty();
        }
        try {
            return accounts.currentCurrencyChoice();
        } catch (AuthenticationFailedException e) {
            return Optional.empty();
        }
    }

    /**
     * The currency a listing shows (home, shop pages): the one the address names ({@code currency=all}:
     * none), else the shopper's; null shows every currency.
     */
    public String getListingCurrency() {
        String asked = parameter("currency");
        if (asked == null) {
            return getCurrency();
        }
        String code = asked.toUpperCase(Locale.ROOT);
        return getCurrencies().contains(code) ? code : null;
    }

    /** Whether a product priced in {@code currencyCode} is outside the shopper's currency (marked on its card). */
    public boolean foreign(String currencyCode) {
        return getCurrency() != null && !getCurrency().equals(currencyCode);
    }

    /** This page's address showing every currency. */
    public String getEveryCurrencyAddress() {
        return here(EVERY_CURRENCY);
    }

    /** This page's address showing the shopper's currency only. */
    public String getOwnCurrencyAddress() {
        return here(null);
    }

    /** The header's choice: a currency code or {@link #EVERY_CURRENCY}. */
    public String getChosen() {
        return chosen != null ? chosen : getCurrency() == null ? EVERY_CURRENCY : getCurrency();
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    /** The page the header's choice was made on, to go back to (without its currency and price range). */
    public String getReturnTo() {
        return returnTo != null ? returnTo : here(null);
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    /** The header's choice made: remembered for a year, and the page shown again in it. */
    public void choose() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String value = EVERY_CURRENCY.equals(chosen) || chosen != null && getCurrencies().contains(chosen) ? chosen : null;
        if (value != null) {
            external.addResponseCookie(CURRENCY_COOKIE, value, Map.of("maxAge", YEAR_IN_SECONDS, "path", "/",
                    "secure", external.isSecure(), "httpOnly", true, "SameSite", "Lax"));
            if (external.getUserPrincipal() != null) {
                accounts.rememberCurrentCurrencyChoice(value);
            }
        }
        external.redirect(local(returnTo) ? returnTo : external.getRequestContextPath() + "/");
    }

    /** The zone the shopper's times are shown in. */
    public ZoneId getZone() {
        String browser = cookie(ZONE_COOKIE);
        if (browser != null) {
            try {
                return ZoneId.of(URLDecoder.decode(browser, StandardCharsets.UTF_8));
            } catch (DateTimeException | IllegalArgumentException e) {
                // a zone this Java does not know: the country's then
            }
        }
        return country().map(ZONES::get).map(ZoneId::of).orElse(ZoneOffset.UTC);
    }

    /** The shipping country: the default shipping address's, else the browser language's region. */
    private Optional<String> country() {
        if (country == null) {
            country = shippingCountry().or(() -> languageRegion());
        }
        return country;
    }

    private Optional<String> shippingCountry() {
        if (FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null) {
            return Optional.empty();
        }
        try {
            return addressBook.list(accounts.current().id()).stream().filter(AddressView::defaultShipping)
                    .map(AddressView::country).findFirst();
        } catch (AuthenticationFailedException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> languageRegion() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        Locale locale = request.getLocale();
        return locale.getCountry().length() == 2 ? Optional.of(locale.getCountry()) : Optional.empty();
    }

    private static Optional<String> currencyOf(String country) {
        try {
            return Optional.ofNullable(Currency.getInstance(new Locale("", country))).map(Currency::getCurrencyCode);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The address the shopper asked for (not the view it was forwarded to), with {@code currency} set or removed. */
    private static String here(String currencyValue) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object forwardedQuery = request.getAttribute("jakarta.servlet.forward.query_string");
        String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
        StringJoiner kept = new StringJoiner("&", "?", "").setEmptyValue("");
        List<String> dropped = new ArrayList<>(List.of("currency", "minPrice", "maxPrice", "page"));
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!pair.isEmpty() && !dropped.contains(name)) {
                    kept.add(pair);
                }
            }
        }
        if (currencyValue != null) {
            kept.add("currency=" + URLEncoder.encode(currencyValue, StandardCharsets.UTF_8));
        }
        return path + kept;
    }

    /** The address the shopper asked for (not the view it was forwarded to), as it was. */
    static String asked() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = forwarded != null ? (String) request.getAttribute("jakarta.servlet.forward.query_string") : request.getQueryString();
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** Only an address on this site: a path, never another host ({@code //evil.example}, {@code /\evil.example}). */
    static boolean local(String address) {
        return address != null && address.startsWith("/") && !address.startsWith("//") && !address.contains("\\")
                && address.chars().noneMatch(c -> c < 0x20);
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private static String cookie(String name) {
        Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(name);
        return cookie instanceof Cookie c && !c.getValue().isBlank() ? c.getValue() : null;
    }
}
