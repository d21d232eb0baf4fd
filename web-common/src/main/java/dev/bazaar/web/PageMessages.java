package dev.bazaar.web;

import java.text.MessageFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Puts messages on the page being answered: plain ones at the top (a page's {@code h:messages
 * globalOnly="true"}), one beside a field, or a service's field errors in one of the three ways the
 * pages show them: beside each field, as sentences of their own, or summed up as one "Not done: …".
 */
public final class PageMessages {

    private static final String BUNDLE = "dev.bazaar.web.messages";

    private PageMessages() {
    }

    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public static void warn(String text) {
        add(null, FacesMessage.SEVERITY_WARN, text);
    }

    public static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /** An error beside one field, named by its client id ({@code priceForm:price}). */
    public static void errorAt(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    /**
     * Each field error beside its field of {@code formId} ({@code registerForm:email}): "E-mail address
     * is taken". A field without a label is named as the service names it.
     */
    public static void besideFields(String formId, Map<String, String> fieldErrors, Map<String, String> labels) {
        fieldErrors.forEach((field, problem) -> errorAt(formId + ":" + field, labels.getOrDefault(field, field) + " " + problem));
    }

    /** Each field error as a sentence of its own at the top of the page: "The quantity cannot be met: ...". */
    public static void sentences(Map<String, String> fieldErrors, Map<String, String> labels) {
        fieldErrors.forEach((field, problem) -> error(labels.getOrDefault(field, field) + " " + problem + "."));
    }

    /**
     * "Not done: the tracking number is required." Field names are read as words (trackingNumber:
     * tracking number); field messages that are whole sentences stand alone. In the page's language
     * where the application offers it ("Nicht ausgeführt: …"), else in English.
     */
    public static String notDone(Map<String, String> fieldErrors) {
        return text("notDone", fieldErrors.entrySet().stream()
                .map(error -> Character.isUpperCase(error.getValue().charAt(0))
                        ? error.getValue() : text("notDone.field", words(error.getKey()), error.getValue()))
                .collect(Collectors.joining("; ")));
    }

    /** "Your role may not do this.", in the page's language where the application offers it. */
    public static String roleMayNot() {
        return text("roleMayNot");
    }

    private static String text(String key, Object... arguments) {
        Locale locale = pageLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** The language the page is answered in, when the application offers it (faces-config lists it); else English. */
    private static Locale pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null) {
            return Locale.ENGLISH;
        }
        Locale page = faces.getViewRoot().getLocale();
        Iterator<Locale> offered = faces.getApplication().getSupportedLocales();
        while (offered != null && offered.hasNext()) {
            if (offered.next().getLanguage().equals(page.getLanguage())) {
                return page;
            }
        }
        return Locale.ENGLISH;
    }

    private static String words(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
