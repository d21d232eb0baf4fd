package dev.bazaar.storefront;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import dev.bazaar.kernel.FieldErrors;
import dev.bazaar.web.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The storefront's texts in the shopper's language: the {@code msg} resource bundle (messages.properties,
 * messages_de.properties, declared in faces-config.xml) read in the view's locale. Pages write
 * {@code #{msg['cart.title']}}, or {@code #{texts.format('cart.quantityOf', line.productName())}} where an
 * attribute needs a parameterised text; beans call {@link #text(String, Object...)}, and tell a service's
 * refusal with {@link #sentences}, {@link #besideFields} or {@link #summary()} (field names from
 * {@link FieldLabels}, keyed field errors as {@code refusal.<key>} texts). A text with
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

    /** Filled and empty stars for a rating, rounded to the nearest whole star: ★★★★☆. */
    public String stars(Number rating) {
        int whole = rating == null ? 0 : new BigDecimal(rating.toString()).setScale(0, RoundingMode.HALF_UP).intValue();
        return "★".repeat(whole) + "☆".repeat(5 - whole);
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

    /**
     * A refusal's field errors in the page's language: one the service also gave as a key as the bundle's
     * {@code refusal.<key>} text (when it has one), the rest as the service said them.
     */
    static Map<String, String> worded(FieldErrors refusal) {
        Map<String, String> errors = new LinkedHashMap<>(refusal.fieldErrors());
        refusal.fieldKeys().forEach((field, key) -> {
            if (has("refusal." + key.key())) {
                errors.put(field, text("refusal." + key.key(), key.arguments().toArray()));
            }
        });
        return errors;
    }

    /** Field errors as sentences at the top of the page, named by {@code labels}, all in the page's language. */
    static Outcome sentences(FieldLabels labels) {
        return Outcome.sentences(labels.inPageLanguage()).worded(Texts::worded);
    }

    /** Field errors beside the fields of {@code formId}, named by {@code labels}, all in the page's language. */
    static Outcome besideFields(String formId, FieldLabels labels) {
        return Outcome.besideFields(formId, labels.inPageLanguage()).worded(Texts::worded);
    }

    /** Field errors summed up in one message at the top ("Nicht ausgeführt: …"), keyed ones in the page's language. */
    static Outcome summary() {
        return Outcome.summary().worded(Texts::worded);
    }

    /** The language the page is answered in (ShopperLanguage chose it). */
    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
