package dev.bazaar.storefront;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.bazaar.catalog.application.ProductSearch;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.Money;
import dev.bazaar.media.application.ImageLibrary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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

    /** f:viewAction: New in leaves out what Featured already shows, so the two rows never repeat a product. */
    public void load() {
        featured = search.featured(SHOWN, preferences.getListingCurrency());
        Set<Long> shown = featured.stream().map(ProductView::id).collect(Collectors.toSet());
        newest = search.newest(SHOWN + shown.size(), preferences.getListingCurrency()).stream()
                .filter(p -> !shown.contains(p.id()))
                .limit(SHOWN)
                .toList();
    }

    /** A price as the shopper's language writes it: "€1,234.56", "1.234,56 €". */
    public String price(Money money) {
        return money.format(Texts.locale());
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
