package dev.bazaar.storefront;

import java.util.Locale;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Each request's view locale: the shopper's chosen language ({@link ShopperLanguage}), else what Faces
 * makes of the browser's Accept-Language among the supported locales of faces-config.xml (German when
 * the browser prefers German, else the default, English). Worked out per request, never kept in the
 * session.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return ShopperLanguage.chosen(context.getExternalContext()).orElseGet(() -> super.calculateLocale(context));
    }
}
