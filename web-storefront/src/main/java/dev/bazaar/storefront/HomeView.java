package dev.bazaar.storefront;

import java.util.Locale;

import dev.bazaar.catalog.application.ProductCatalog;
import dev.bazaar.catalog.application.ProductQuery;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The home page: the catalog, a page at a time, at bookmarkable {@code /?page=N} URLs. */
@Named("home")
@RequestScoped
public class HomeView {

    static final int PAGE_SIZE = 24;

    @EJB
    ProductCatalog catalog;

    private int page;
    private Page<ProductView> products;

    /** Called by f:viewAction once the page parameter is set; a page past the end shows the last. */
    public void load() {
        int requested = Math.max(page, 0);
        products = catalog.list(ProductQuery.all(), new PageRequest(requested, PAGE_SIZE));
        if (products.items().isEmpty() && requested > 0 && products.totalPages() > 0) {
            page = products.totalPages() - 1;
            products = catalog.list(ProductQuery.all(), new PageRequest(page, PAGE_SIZE));
        }
    }

    public String price(Money money) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return money.format(locale == null ? Locale.UK : locale);
    }

    public Page<ProductView> getProducts() {
        return products;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
