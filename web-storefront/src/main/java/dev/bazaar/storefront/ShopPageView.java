package dev.bazaar.storefront;

import dev.bazaar.catalog.application.ProductCatalog;
import dev.bazaar.catalog.application.ProductQuery;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.vendor.application.ShopView;
import dev.bazaar.vendor.application.Shops;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** A shop's public page at {@code /shops/{slug}}: its profile and its products. */
@Named("shopPage")
@RequestScoped
public class ShopPageView {

    @EJB
    Shops shops;

    @EJB
    ProductCatalog catalog;

    private String slug;
    private int page;
    private ShopView shop;
    private Page<ProductView> products;

    /** f:viewAction: a shop that is not approved (or does not exist) is a plain 404 page. */
    public void load() {
        try {
            shop = shops.shop(slug);
            products = catalog.list(ProductQuery.ofShop(shop.slug()), new PageRequest(Math.max(page, 0), HomeView.PAGE_SIZE));
        } catch (NotFoundException e) {
            shop = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public ShopView getShop() {
        return shop;
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
