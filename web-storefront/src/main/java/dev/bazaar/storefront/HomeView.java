package dev.bazaar.storefront;

import java.util.List;
import java.util.Locale;

import dev.bazaar.catalog.application.ProductSearch;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.Money;
import dev.bazaar.media.application.ImageLibrary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page: what platform admins feature, and what shops added last. */
@Named("home")
@RequestScoped
public class HomeView {

    static final int PAGE_SIZE = 24;
    private static final int SHOWN = 8;

    @EJB
    ProductSearch search;

    @Inject
    ShopperPreferences preferences;

    private List<ProductView> featured;
    private List<ProductView> newest;

    /** f:viewAction. */
    public void load() {
        featured = search.featured(SHOWN, preferences.getListingCurrency());
        newest = search.newest(SHOWN, preferences.getListingCurrency());
    }

    public String price(Money money) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return money.format(locale == null ? Locale.UK : locale);
    }

    /** A published picture's address; size is large or thumb. */
    public String image(long imageId, String size) {
        return ImageLibrary.publishedUrl(imageId, size);
    }

    public List<ProductView> getFeatured() {
        return featured;
    }

    public List<ProductView> getNewest() {
        return newest;
    }
}
