package dev.bazaar.storefront;

import java.util.List;

import dev.bazaar.catalog.application.ProductSearch;
import dev.bazaar.catalog.application.SearchQuery;
import dev.bazaar.catalog.application.SearchResult.Facet;
import dev.bazaar.kernel.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The footer's "Our shops" page: the shops selling the most products, each with how many. */
@Named("shops")
@RequestScoped
public class ShopsView {

    @EJB
    ProductSearch search;

    private List<Facet> shops;

    /** f:viewAction: the shop facet of the whole catalog, which the search already counts. */
    public void load() {
        shops = search.search(SearchQuery.everything(), new PageRequest(0, 1)).vendors();
    }

    public List<Facet> getShops() {
        return shops;
    }
}
