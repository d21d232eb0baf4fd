package dev.bazaar.storefront;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.primefaces.event.SelectEvent;

import dev.bazaar.catalog.application.CategoryView;
import dev.bazaar.catalog.application.FoundShop;
import dev.bazaar.catalog.application.ProductCatalog;
import dev.bazaar.catalog.application.ProductSearch;
import dev.bazaar.catalog.application.SearchLog;
import dev.bazaar.catalog.application.SearchQuery;
import dev.bazaar.catalog.application.SearchResult;
import dev.bazaar.catalog.application.SearchSuggestion;
import dev.bazaar.catalog.application.ShopQuery;
import dev.bazaar.catalog.application.ShopSearch;
import dev.bazaar.catalog.application.ShopSearchResult;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.web.Outcome;
import dev.bazaar.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The search page ({@code /search?q=...}) and the category pages ({@code /c/kitchen}): results with
 * facets, every filter a link to a bookmarkable address, read by the same {@link SearchQuery} as the
 * API. The search page has a second tab, {@code tab=shops}: the shops the words find. Also answers the
 * header's search box (suggestions as the shopper types).
 */
@Named("search")
@RequestScoped
public class SearchView {

    @EJB
    ProductSearch productSearch;

    @EJB
    ProductCatalog catalog;

    @EJB
    ShopSearch shopSearch;

    @Inject
    ShopperPreferences preferences;

    /** The value of {@code tab} that shows shops instead of products. */
    static final String SHOPS_TAB = "shops";

    private String slug;
    private int page;
    private String tab;
    private String typed;
    private CategoryView category;
    private List<CategoryView> trail = List.of();
    private List<CategoryView> categories;
    private SearchQuery query = SearchQuery.everything();
    private SearchResult result;
    private ShopSearchResult shops;

    /** f:viewAction: reads the address; a broken filter is a message, an unknown category a 404 page. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        external.getRequestParameterValuesMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        inShoppersCurrency(parameters);
        List<CategoryView> categories = categories();
        if (slug != null) {
            Optional<CategoryView> found = categories.stream().filter(c -> c.slug().equals(slug)).findFirst();
            if (found.isEmpty()) {
                external.setResponseStatus(404);
                return;
            }
            category = found.get();
            trail = trail(category, categories);
            parameters.put("category", List.of(slug));
        }
        query = Outcome.summary()
                .on(InvalidInputException.class, e -> {
                    e.fieldErrors().forEach((field, message) -> PageMessages.warn("The " + field + " filter " + message + "."));
                    external.setResponseStatus(400);
                })
                .attempt(() -> SearchQuery.parse(parameters))
                .orElseGet(() -> slug == null ? SearchQuery.everything() : SearchQuery.everything().inCategory(slug));
        typed = query.text();
        if (isShopsTab()) {
            shops = shopSearch.search(new ShopQuery(query.text(), query.exact()), new PageRequest(Math.max(page, 0), HomeView.PAGE_SIZE));
        } else {
            result = productSearch.search(query, new PageRequest(Math.max(page, 0), HomeView.PAGE_SIZE));
        }
    }

    /** The Shops tab: only on the search page (a category page lists products). */
    public boolean isShopsTab() {
        return slug == null && SHOPS_TAB.equals(tab);
    }

    /** The address of the Products tab or (shops) the Shops tab, for the same words. */
    public String tabAddress(boolean shopsTab) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query.text() != null) {
            parameters.put("q", new ArrayList<>(List.of(query.text())));
        }
        if (shopsTab) {
            parameters.put("tab", new ArrayList<>(List.of(SHOPS_TAB)));
        }
        return address(null, parameters);
    }

    /** A page of the Shops tab; {@code exact} searches the words as typed. */
    public String shopsAddress(int number, boolean exact) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query.text() != null) {
            parameters.put("q", new ArrayList<>(List.of(query.text())));
        }
        parameters.put("tab", new ArrayList<>(List.of(SHOPS_TAB)));
        if (exact || query.exact()) {
            parameters.put("exact", new ArrayList<>(List.of("true")));
        }
        if (number > 0) {
            parameters.put("page", new ArrayList<>(List.of(String.valueOf(number))));
        }
        return address(null, parameters);
    }

    /** Where a shop is: the cities it ships from and its country, in the page's language. */
    public String place(FoundShop shop) {
        StringJoiner place = new StringJoiner(" · ");
        if (shop.cities() != null) {
            place.add(shop.cities());
        }
        if (shop.country() != null) {
            place.add(new Locale("", shop.country()).getDisplayCountry(Texts.locale()));
        }
        return place.toString();
    }

    /**
     * What the product links of search results carry to count a click (the query's words, normalised,
     * URL-encoded; nothing of the shopper); null without words, where links go straight to the product.
     */
    public String getSearchedFor() {
        String words = SearchLog.normalise(query.text());
        return words == null ? null : URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /**
     * Without a currency in the address, only products priced in the shopper's; {@code currency=all}
     * shows every currency (the price range, which needs one, goes too).
     */
    private void inShoppersCurrency(Map<String, List<String>> parameters) {
        List<String> asked = parameters.get("currency");
        if (asked != null && asked.contains(ShopperPreferences.EVERY_CURRENCY)) {
            parameters.remove("currency");
            parameters.remove("minPrice");
            parameters.remove("maxPrice");
        } else if (asked == null && preferences.getCurrency() != null) {
            parameters.put("currency", List.of(preferences.getCurrency()));
        }
    }

    /** The header search box: product names for what has been typed so far. */
    public List<String> complete(String text) {
        return productSearch.suggestions(text).stream().map(SearchSuggestion::text).distinct().toList();
    }

    /** The header search box, submitted: the search page for the words. */
    public void submit() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String words = typed == null ? "" : typed.strip();
        external.redirect(external.getRequestContextPath() + "/search"
                + (words.isEmpty() ? "" : "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)));
    }

    /** A suggestion chosen: straight to that product's page (or the search page, should it be gone by now). */
    public void chosen(SelectEvent<String> event) throws IOException {
        String name = event.getObject();
        Optional<SearchSuggestion> product = productSearch.suggestions(name).stream()
                .filter(s -> s.text().equals(name))
                .findFirst();
        if (product.isEmpty()) {
            typed = name;
            submit();
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/p/" + URLEncoder.encode(product.get().slug(), StandardCharsets.UTF_8));
    }

    public boolean isFound() {
        return slug == null || category != null;
    }

    /** This page's address with one filter value added, or removed when it is already there. */
    public String toggle(String name, String value) {
        Map<String, List<String>> parameters = parameters();
        List<String> values = parameters.computeIfAbsent(name, n -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return address(parameters);
    }

    /** This page's address with a parameter set to one value (null removes it). */
    public String with(String name, String value) {
        Map<String, List<String>> parameters = parameters();
        parameters.remove(name);
        if (value != null) {
            parameters.put(name, new ArrayList<>(List.of(value)));
        }
        return address(parameters);
    }

    /** This page's address without any price range. */
    public String withoutPrice() {
        Map<String, List<String>> parameters = parameters();
        parameters.remove("currency");
        parameters.remove("minPrice");
        parameters.remove("maxPrice");
        return address(parameters);
    }

    /** A subcategory's page, keeping the words and filters. */
    public String categoryAddress(String categorySlug) {
        Map<String, List<String>> parameters = parameters();
        return address(categorySlug, parameters);
    }

    public String pageAddress(int number) {
        Map<String, List<String>> parameters = parameters();
        if (number > 0) {
            parameters.put("page", new ArrayList<>(List.of(String.valueOf(number))));
        }
        return address(parameters);
    }

    public String getCurrentSort() {
        return query.sort().parameter();
    }

    public List<SearchQuery.Sort> getSorts() {
        return query.text() == null
                ? List.of(SearchQuery.Sort.NEWEST, SearchQuery.Sort.PRICE_ASC, SearchQuery.Sort.PRICE_DESC, SearchQuery.Sort.NAME)
                : List.of(SearchQuery.Sort.values());
    }

    public String sortLabel(SearchQuery.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> Texts.text("search.sortRelevance");
            case NEWEST -> Texts.text("search.sortNewest");
            case PRICE_ASC -> Texts.text("search.sortPriceAsc");
            case PRICE_DESC -> Texts.text("search.sortPriceDesc");
            case NAME -> Texts.text("search.sortName");
        };
    }

    public String getHeading() {
        if (category != null) {
            return query.text() == null ? category.name() : Texts.text("search.inCategory", query.text(), category.name());
        }
        return query.text() == null ? Texts.text("search.allProducts") : Texts.text("search.resultsFor", query.text());
    }

    /** The page's meta description: the category and how many products it has, or the search page's. */
    public String getDescription() {
        if (!isFound()) {
            return Texts.text("search.descriptionNotFound");
        }
        return category == null ? Texts.text("search.description")
                : Texts.text("search.descriptionCategory", category.name(), result.products().totalItems());
    }

    /** What an empty result says: the words searched for and whether filters narrowed it. */
    public String getNoResults() {
        boolean filtered = query.hasFilters();
        if (query.text() == null) {
            return Texts.text(filtered ? "search.noResultsFiltered" : "search.noResults");
        }
        return Texts.text(filtered ? "search.noResultsForFiltered" : "search.noResultsFor", query.text());
    }

    /** Where the price form goes: the category's page or the search page (a GET form drops the action's query). */
    public String getPath() {
        return address(query.categorySlug(), new LinkedHashMap<>());
    }

    /** The other filters, carried by the price form as hidden fields. */
    public List<String[]> getHiddenParameters() {
        List<String[]> hidden = new ArrayList<>();
        query.parameters().forEach((name, values) -> {
            if (!List.of("category", "currency", "minPrice", "maxPrice").contains(name)) {
                values.forEach(value -> hidden.add(new String[] {name, value}));
            }
        });
        return hidden;
    }

    public String getMinPrice() {
        return query.parameters().getOrDefault("minPrice", List.of("")).get(0);
    }

    public String getMaxPrice() {
        return query.parameters().getOrDefault("maxPrice", List.of("")).get(0);
    }

    public String getPriceLabel() {
        if (query.minPriceMinor() == null && query.maxPriceMinor() == null) {
            return null;
        }
        Map<String, List<String>> parameters = query.parameters();
        String min = parameters.containsKey("minPrice") ? parameters.get("minPrice").get(0) : "0";
        String max = parameters.containsKey("maxPrice") ? parameters.get("maxPrice").get(0) : "…";
        return query.currency() + " " + min + " – " + max;
    }

    private Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        query.parameters().forEach((name, values) -> parameters.put(name, new ArrayList<>(values)));
        return parameters;
    }

    /** On a category page the category is in the path, elsewhere the search page with its parameters. */
    private String address(Map<String, List<String>> parameters) {
        String categorySlug = parameters.containsKey("category") ? parameters.get("category").get(0) : null;
        return address(categorySlug, parameters);
    }

    private static String address(String categorySlug, Map<String, List<String>> parameters) {
        parameters.remove("category");
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + (categorySlug == null ? "/search" : "/c/" + categorySlug);
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, values) -> values.forEach(value ->
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return path + query;
    }

    private static List<CategoryView> trail(CategoryView category, List<CategoryView> all) {
        List<CategoryView> trail = new ArrayList<>();
        CategoryView current = category;
        while (current != null && trail.size() < 20) {
            trail.add(0, current);
            String parent = current.parentSlug();
            current = parent == null ? null : all.stream().filter(c -> c.slug().equals(parent)).findFirst().orElse(null);
        }
        return trail;
    }

    /** The top of the category tree, for the navigation bar every page shows. */
    public List<CategoryView> getTopCategories() {
        return categories().stream().filter(c -> c.parentSlug() == null).toList();
    }

    /** The category tree, read once per request (the page and the navigation bar both need it). */
    private List<CategoryView> categories() {
        if (categories == null) {
            categories = catalog.categories();
        }
        return categories;
    }

    public CategoryView getCategory() {
        return category;
    }

    public List<CategoryView> getTrail() {
        return trail;
    }

    public SearchQuery getQuery() {
        return query;
    }

    public SearchResult getResult() {
        return result;
    }

    public ShopSearchResult getShops() {
        return shops;
    }

    public String getTab() {
        return tab;
    }

    public void setTab(String tab) {
        this.tab = tab;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
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
