package dev.bazaar.storefront;

import java.util.List;

import dev.bazaar.catalog.application.ProductSearch;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.catalog.application.SearchQuery;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.RichText;
import dev.bazaar.review.application.ProductReviews;
import dev.bazaar.review.application.ShopRating;
import dev.bazaar.vendor.application.ShopView;
import dev.bazaar.vendor.application.Shops;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A shop's public page at {@code /shops/{slug}}: its profile, its rating when it has one, and its products. */
@Named("shopPage")
@RequestScoped
public class ShopPageView {

    @EJB
    Shops shops;

    @EJB
    ProductSearch search;

    @EJB
    ProductReviews reviews;

    @Inject
    ShopperPreferences preferences;

    private String slug;
    private int page;
    private ShopView shop;
    private ShopRating rating;
    private Page<ProductView> products;

    /** f:viewAction: a shop that is not approved (or does not exist) is a plain 404 page. */
    public void load() {
        try {
            shop = shops.shop(slug);
            rating = reviews.ofShop(shop.id());
            SearchQuery ofShop = new SearchQuery(null, null, List.of(), List.of(shop.slug()), List.of(), preferences.getListingCurrency(), null, null,
                    false, SearchQuery.Sort.NAME, false);
            products = search.search(ofShop, new PageRequest(Math.max(page, 0), HomeView.PAGE_SIZE)).products();
        } catch (NotFoundException e) {
            shop = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** The shop's name and the start of its description, without markup. */
    public String getMetaDescription() {
        String about = RichText.plainText(shop.description());
        String text = Texts.text("shop.metaDescription", shop.name()) + (about.isBlank() ? "" : ": " + about);
        return text.length() <= 160 ? text : text.substring(0, 157) + "…";
    }

    public ShopView getShop() {
        return shop;
    }

    /** The shop's rating, null while none of its reviews is approved. */
    public ShopRating getRating() {
        return rating;
    }

    public Page<ProductView> getProducts() {
        return products;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
