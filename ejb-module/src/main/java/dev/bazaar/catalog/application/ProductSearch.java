package dev.bazaar.catalog.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.bazaar.catalog.application.ProductSearchIndex.Criteria;
import dev.bazaar.catalog.application.ProductSearchIndex.FacetRow;
import dev.bazaar.catalog.application.ProductSearchIndex.Matching;
import dev.bazaar.catalog.application.SearchResult.AttributeFacet;
import dev.bazaar.catalog.application.SearchResult.Facet;
import dev.bazaar.catalog.application.SearchResult.PriceFacet;
import dev.bazaar.catalog.domain.Category;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Search and browsing for shoppers (storefront and API alike): words, filters and facets over the
 * products shoppers may see. A typed word the catalog does not have is corrected (one typo from five
 * letters, two from nine: "sevring" finds serving bowls) unless the shopper asks for the words exactly;
 * when still no product has every word, titles that look like the words are found instead.
 */
@Stateless
public class ProductSearch {

    public static final int SUGGESTIONS = 8;
    private static final int FACET_VALUES = 12;
    private static final int MIN_SUGGESTION_LENGTH = 2;
    /** Scopes (the catalog, a category) of at least this many products keep their facet counts (V11). */
    static final int KEPT_FACETS_FROM = 5000;

    @Inject
    ProductSearchIndex index;

    @Inject
    SearchVocabulary vocabulary;

    @Inject
    ProductRepository products;

    @Inject
    ProductReads reads;

    @EJB
    SearchLog log;

    public SearchResult search(SearchQuery query, PageRequest page) {
        List<Category> categories = products.categories();
        Long categoryId = categoryId(query, categories);
        List<Long> vendorIds = reads.vendorIds(query.vendorSlugs());
        SearchWords spelled = query.text() == null ? null
                : vocabulary.withSynonyms(query.exact() ? SearchWords.asTyped(query.text()) : vocabulary.spell(query.text()));
        Criteria words = new Criteria(query, spelled, categoryId, vendorIds, Matching.WORDS);
        Criteria criteria = words;
        List<FacetRow> facets = browsing(query)
                ? index.keptFacets(categoryId, query.currency()).orElseGet(() -> index.facets(words))
                : index.facets(words);
        if (query.text() != null && !query.exact() && total(facets) == 0) {
            criteria = new Criteria(query, spelled, categoryId, vendorIds, Matching.LOOKALIKE);
            facets = index.facets(criteria);
        }
        long total = total(facets);
        int pageNumber = total == 0 ? 0 : Math.min(page.page(), (int) ((total - 1) / page.size()));
        PageRequest shown = new PageRequest(pageNumber, page.size());
        List<ProductView> found = total == 0 ? List.of() : reads.views(index.page(criteria, shown.offset(), shown.size()));
        if (query.text() != null && page.page() == 0) {
            // a search counts once, when its first page is asked for; further pages are the same search
            log.searched(query.text(), total);
        }
        return new SearchResult(query, new Page<>(found, shown.page(), shown.size(), total),
                criteria.matching() == Matching.LOOKALIKE,
                spelled != null && criteria.matching() == Matching.WORDS && total > 0 && count(facets, "as-typed") == 0
                        && spelled.corrected() ? spelled.correctedText() : null,
                categoryFacet(facets, categories, categoryId),
                brandFacet(facets, query),
                vendorFacet(facets, query),
                attributeFacets(facets, query),
                priceFacets(facets),
                facets.stream().filter(f -> f.facet().equals("in-stock")).mapToLong(FacetRow::count).sum());
    }

    /**
     * Recounts the kept facets of the catalog and its large categories (browsing them needs no counting);
     * the timer calls it every minute.
     */
    public boolean keepBrowsingFacets() {
        return index.keepFacets(KEPT_FACETS_FROM);
    }

    /** Browsing: no words, no filters, at most a category and a currency; large scopes read kept counts. */
    private static boolean browsing(SearchQuery query) {
        return query.text() == null && !query.hasFilters();
    }

    private static Long categoryId(SearchQuery query, List<Category> categories) {
        if (query.categorySlug() == null) {
            return null;
        }
        return categories.stream().filter(c -> c.slug().equals(query.categorySlug())).findFirst()
                .map(Category::id)
                .orElseThrow(() -> new InvalidInputException("category", "no category has the slug " + query.categorySlug()));
    }

    /** The newest products, for the home page; only those priced in {@code currency} unless it is null. */
    public List<ProductView> newest(int count, String currency) {
        return reads.views(index.page(new Criteria(SearchQuery.everything().inCurrency(currency), null, null, List.of(), Matching.WORDS), 0, count));
    }

    /** The products platform admins feature, newest first; only those priced in {@code currency} unless it is null. */
    public List<ProductView> featured(int count, String currency) {
        return reads.views(index.featured(count, currency));
    }

    /** The currencies products are priced in (ISO codes, alphabetical): what a shopper can choose to see. */
    public List<String> currencies() {
        return index.currencies();
    }

    /** Up to eight product names for what a shopper has typed so far (two characters or more). */
    public List<SearchSuggestion> suggestions(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < MIN_SUGGESTION_LENGTH) {
            return List.of();
        }
        if (text.length() > SearchQuery.MAX_TEXT) {
            throw new InvalidInputException("q", "must be at most " + SearchQuery.MAX_TEXT + " characters");
        }
        return index.suggestions(text, SUGGESTIONS).stream()
                .map(row -> new SearchSuggestion((String) row[0], (String) row[1]))
                .toList();
    }

    private static long total(List<FacetRow> facets) {
        return count(facets, "total");
    }

    private static long count(List<FacetRow> facets, String facet) {
        return facets.stream().filter(f -> f.facet().equals(facet)).mapToLong(FacetRow::count).sum();
    }

    /** The subcategories of the chosen category (or the top categories) that hold results. */
    private static List<Facet> categoryFacet(List<FacetRow> facets, List<Category> categories, Long chosen) {
        Map<Long, Long> counts = facets.stream().filter(f -> f.facet().equals("category"))
                .collect(Collectors.toMap(f -> Long.valueOf(f.key()), FacetRow::count));
        return categories.stream()
                .filter(c -> chosen == null ? c.parentId() == null : chosen.equals(c.parentId()))
                .filter(c -> counts.containsKey(c.id()))
                .map(c -> new Facet(c.slug(), c.name(), counts.get(c.id()), false))
                .toList();
    }

    private static List<Facet> brandFacet(List<FacetRow> facets, SearchQuery query) {
        return top(facets.stream().filter(f -> f.facet().equals("brand"))
                .map(f -> new Facet(f.key(), f.key(), f.count(), query.brands().contains(f.key())))
                .toList());
    }

    private List<Facet> vendorFacet(List<FacetRow> facets, SearchQuery query) {
        List<FacetRow> rows = facets.stream().filter(f -> f.facet().equals("vendor")).toList();
        Map<Long, String[]> names = reads.vendorNames(rows.stream().map(f -> Long.valueOf(f.key())).toList());
        return top(rows.stream()
                .filter(f -> names.containsKey(Long.valueOf(f.key())))
                .map(f -> {
                    String[] slugAndName = names.get(Long.valueOf(f.key()));
                    return new Facet(slugAndName[0], slugAndName[1], f.count(), query.vendorSlugs().contains(slugAndName[0]));
                })
                .toList());
    }

    private static List<AttributeFacet> attributeFacets(List<FacetRow> facets, SearchQuery query) {
        Map<String, List<Facet>> byName = new TreeMap<>();
        for (FacetRow row : facets) {
            if (row.facet().equals("attribute")) {
                int equals = row.key().indexOf('=');
                String name = row.key().substring(0, equals);
                String value = row.key().substring(equals + 1);
                boolean selected = query.attributes().contains(new SearchQuery.AttributeFilter(name, value));
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(new Facet(name + ":" + value, value, row.count(), selected));
            }
        }
        Map<String, List<Facet>> shown = new LinkedHashMap<>();
        byName.forEach((name, values) -> shown.put(name, top(values)));
        return shown.entrySet().stream().map(e -> new AttributeFacet(e.getKey(), e.getValue())).toList();
    }

    private static List<PriceFacet> priceFacets(List<FacetRow> facets) {
        return facets.stream().filter(f -> f.facet().equals("price"))
                .sorted(Comparator.comparingLong(FacetRow::count).reversed().thenComparing(FacetRow::key))
                .map(f -> new PriceFacet(f.key(), f.count(), Money.ofMinor(f.low(), f.key()), Money.ofMinor(f.high(), f.key())))
                .toList();
    }

    /** The most frequent values first, at most a dozen, but never hiding one the shopper chose. */
    private static List<Facet> top(List<Facet> values) {
        List<Facet> sorted = values.stream()
                .sorted(Comparator.comparingLong(Facet::count).reversed().thenComparing(Facet::label))
                .toList();
        List<Facet> shown = new ArrayList<>(sorted.stream().limit(FACET_VALUES).toList());
        sorted.stream().skip(FACET_VALUES).filter(Facet::selected).forEach(shown::add);
        return shown;
    }
}
