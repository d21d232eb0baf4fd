package dev.bazaar.storefront;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

/**
 * The language the storefront speaks to the shopper: the one chosen in the header (a cookie kept a year,
 * like the currency), else the browser's when it is German, else English. {@link LanguageViewHandler}
 * sets each request's view locale from it, so a page never depends on session state.
 */
@Named("language")
@RequestScoped
public class ShopperLanguage {

    static final String LANGUAGE_COOKIE = "bazaar-language";
    /** The languages the storefront is written in; the first is the default (faces-config.xml says the same). */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final int YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

    private String chosen;
    private String returnTo;

    /** The language the shopper chose in the header, if the cookie names one the storefront speaks. */
    static Optional<Locale> chosen(ExternalContext external) {
        Object cookie = external.getRequestCookieMap().get(LANGUAGE_COOKIE);
        return cookie instanceof Cookie c ? supported(c.getValue()) : Optional.empty();
    }

    private static Optional<Locale> supported(String code) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
    }

    /** The header's choices: each language named in itself ("English", "Deutsch"). */
    public Map<String, String> getLanguages() {
        Map<String, String> names = new LinkedHashMap<>();
        LANGUAGES.forEach(l -> names.put(capitalised(l.getDisplayLanguage(l), l), l.getLanguage()));
        return names;
    }

    /** The language code the page is in ("en", "de"), or the one just chosen. */
    public String getChosen() {
        return chosen != null ? chosen : Texts.locale().getLanguage();
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    /** The page the choice was made on, as the shopper asked for it, to show again in the new language. */
    public String getReturnTo() {
        return returnTo != null ? returnTo : ShopperPreferences.asked();
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    /** The header's choice made: remembered for a year, and the page shown again in it. */
    public void choose() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (chosen != null && supported(chosen).isPresent()) {
            external.addResponseCookie(LANGUAGE_COOKIE, chosen, Map.of("maxAge", YEAR_IN_SECONDS, "path", "/",
                    "secure", external.isSecure(), "httpOnly", true, "SameSite", "Lax"));
        }
        external.redirect(ShopperPreferences.local(returnTo) ? returnTo : external.getRequestContextPath() + "/");
    }

    private static String capitalised(String name, Locale language) {
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
