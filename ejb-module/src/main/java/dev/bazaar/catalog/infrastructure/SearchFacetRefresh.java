package dev.bazaar.catalog.infrastructure;

import dev.bazaar.catalog.application.ProductSearch;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

/**
 * Every minute, recounts the facets of the catalog and of its large categories, so browsing them reads
 * kept counts instead of counting a hundred thousand products (docs/adr/0008). With several servers,
 * one of them does it each minute.
 */
@Singleton
public class SearchFacetRefresh {

    @EJB
    ProductSearch search;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void recount() {
        search.keepBrowsingFacets();
    }
}
