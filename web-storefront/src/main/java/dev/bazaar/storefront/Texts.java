package dev.bazaar.storefront;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The storefront's texts in the shopper's language: the {@code msg} resource bundle (messages.properties,
 * messages_de.properties, declared in faces-config.xml) read in the view's locale. Pages write
 * {@code #{msg['cart.title']}}, or {@code #{texts.format('cart.quantityOf', line.productName())}} where an
 * attribute needs a parameterised text; beans call {@link #text(String, Object...)}. A text with
 * parameters is a {@link MessageFormat} pattern (an apostrophe in it is written twice); one without is
 * used as it is.
 */
@Named("texts")
@ApplicationScoped
public class Texts {

    static final String BUNDLE = "dev.bazaar.storefront.messages";

    /** The text {@code key} in the view's language, its parameter formatted for that language. */
    public String format(String key, Object parameter) {
        return text(key, parameter);
    }

    /** The text {@code key} with its two parameters, formatted for the view's language. */
    public String formatPair(String key, Object first, Object second) {
        return text(key, first, second);
    }

    /**
     * What a person typed, made safe to put in a text shown unescaped (one that bolds its parameter:
     * {@code <strong>{0}</strong>}).
     */
    public String escaped(String typed) {
        return typed == null ? "" : typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    static String text(String key, Object... parameters) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(parameters);
    }

    /** Whether the bundle has {@code key} (attribute and option names have a text only when known). */
    static boolean has(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.containsKey(key);
    }

    /** The language the page is answered in (ShopperLanguage chose it). */
    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
