package dev.bazaar.catalog.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * Reads {@code product_search}, the table of findable products that database triggers keep in step with
 * the catalog (V10, ADR 0008): full-text matches of the words as typed or corrected (ADR 0019), ranked
 * words as typed first, then by weight (title, then brand, shop and category, then attributes and
 * options, then description), title trigrams for look-alikes and autocomplete, and facet counts over the
 * whole result in one statement.
 */
@Dependent
public class ProductSearchIndex {

    /** How alike a typed word and a word of a title must be (pg_trgm word similarity, 0 to 1) to count. */
    static final String TYPO_SIMILARITY = "0.45";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    /** How the words match: every word as a full-text term, or (when that finds nothing) a title that looks alike. */
    public enum Matching { WORDS, LOOKALIKE }

    /** The query with the ids the repository has already resolved (category, shops) and its words, spelled. */
    public record Criteria(SearchQuery query, SearchWords words, Long categoryId, List<Long> vendorIds, Matching matching) {
    }

    /** One row of the facet counts: the facet's name, a key (category id, brand, shop id, attr term, currency) and counts. */
    public record FacetRow(String facet, String key, long count, Long low, Long high) {
    }

    @SuppressWarnings("unchecked")
    public List<Long> page(Criteria criteria, int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "select s.product_id from product_search s " + where(criteria, parameters) + orderBy(criteria, parameters)
                + " limit :limit offset :offset";
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        lookalikeThreshold(criteria);
        return bind(em.createNativeQuery(sql, Long.class), parameters).getResultList();
    }

    /** Featured products, newest first; only those priced in {@code currency} unless it is null. */
    @SuppressWarnings("unchecked")
    public List<Long> featured(int limit, String currency) {
        Query query = em.createNativeQuery("select s.product_id from product_search s where s.featured"
                        + (currency == null ? "" : " and s.price_currency = :currency")
                        + " order by s.published_at desc, s.product_id desc limit :limit", Long.class)
                .setParameter("limit", limit);
        if (currency != null) {
            query.setParameter("currency", currency);
        }
        return query.getResultList();
    }

    /** The currencies findable products are priced in: from the kept counts when the catalog is large, else counted. */
    @SuppressWarnings("unchecked")
    public List<String> currencies() {
        List<String> kept = em.createNativeQuery("select key from search_facet_summary where category_id = 0 and currency = '' and facet = 'price'"
                + " order by key", String.class).getResultList();
        return kept.isEmpty()
                ? em.createNativeQuery("select distinct price_currency from product_search order by 1", String.class).getResultList()
                : kept;
    }

    /**
     * The facet counts (and the total, as facet "total") of everything the criteria match; with words, also
     * how many match them as typed (facet "as-typed"), without a correction.
     */
    public List<FacetRow> facets(Criteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        boolean spelled = criteria.matching() == Matching.WORDS && criteria.words() != null && !criteria.words().isEmpty();
        if (spelled) {
            parameters.put("typed", criteria.words().typedQuery());
        }
        String sql = "with m as materialized (select s.category_path, s.brand, s.vendor_id, s.attributes,"
                + " s.price_currency, s.price_amount, s.in_stock"
                + (spelled ? ", s.document @@ to_tsquery('english', :typed) as as_typed" : "")
                + " from product_search s " + where(criteria, parameters) + ")"
                + " select 'total', cast(null as text), count(*), cast(null as bigint), cast(null as bigint) from m"
                + (spelled ? " union all select 'as-typed', null, count(*) filter (where as_typed), null, null from m" : "")
                + " union all select 'in-stock', null, count(*) filter (where in_stock), null, null from m"
                + " union all select 'category', cast(c as text), count(*), null, null from m, unnest(m.category_path) c group by c"
                + " union all select 'brand', brand, count(*), null, null from m where brand is not null group by brand"
                + " union all select 'vendor', cast(vendor_id as text), count(*), null, null from m group by vendor_id"
                + " union all select 'attribute', a, count(*), null, null from m, unnest(m.attributes) a group by a"
                + " union all select 'price', price_currency, count(*), min(price_amount), max(price_amount) from m group by price_currency";
        lookalikeThreshold(criteria);
        return rows(bind(em.createNativeQuery(sql), parameters).getResultList());
    }

    private static List<FacetRow> rows(List<?> rows) {
        List<FacetRow> facets = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            facets.add(new FacetRow((String) columns[0], columns[1] == null ? null : columns[1].toString(),
                    ((Number) columns[2]).longValue(), number(columns[3]), number(columns[4])));
        }
        return facets;
    }

    /**
     * The kept facet counts of the whole catalog (no category) or of one category, of every product or
     * only those priced in {@code currency}, when the scope is large enough to be kept (see V11, V27);
     * empty when they must be counted live.
     */
    public Optional<List<FacetRow>> keptFacets(Long categoryId, String currency) {
        List<FacetRow> rows = rows(em.createNativeQuery("select facet, key, count, low, high from search_facet_summary"
                        + " where category_id = :category and currency = :currency")
                .setParameter("category", categoryId == null ? 0L : categoryId)
                .setParameter("currency", currency == null ? "" : currency)
                .getResultList());
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows);
    }

    /** Recounts the kept facets of every scope with at least {@code minProducts} products; false if another server just did. */
    public boolean keepFacets(int minProducts) {
        return (Boolean) em.createNativeQuery("select search_facet_summarize(:minimum)")
                .setParameter("minimum", minProducts)
                .getSingleResult();
    }

    /** Product ids and names for the search box as a shopper types: words starting so, or titles alike. */
    public List<Object[]> suggestions(String typed, int limit) {
        String prefix = prefixQuery(typed);
        lookalikeThreshold(new Criteria(null, null, null, List.of(), Matching.LOOKALIKE));
        // a few hundred candidates at most (words starting so, titles alike), then the closest distinct names
        String sql = "with candidates as ("
                + "(select s.product_id, s.name, s.title_text from product_search s where s.title_text %> :typed limit 200)"
                + (prefix == null ? "" : " union (select s.product_id, s.name, s.title_text from product_search s"
                        + " where s.document @@ to_tsquery('simple', :prefix) limit 200)")
                + ") select name, slug from (select distinct on (c.name) c.name, p.slug, word_similarity(:typed, c.title_text) as alike"
                + " from candidates c join product p on p.id = c.product_id order by c.name, alike desc) named"
                + " order by alike desc, name limit :limit";
        Query query = em.createNativeQuery(sql).setParameter("typed", typed.toLowerCase()).setParameter("limit", limit);
        if (prefix != null) {
            query.setParameter("prefix", prefix);
        }
        List<Object[]> found = new ArrayList<>();
        for (Object row : query.getResultList()) {
            found.add((Object[]) row);
        }
        return found;
    }

    /**
     * A prefix query over the title, brand, shop and category words: {@code cast iro} becomes
     * {@code cast:AB & iro:*AB}. Only letters and digits pass, so nothing typed is read as query syntax.
     */
    static String prefixQuery(String typed) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(typed.toLowerCase());
        while (word.find() && words.size() < 8) {
            words.add(word.group());
        }
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            boolean last = i == words.size() - 1;
            query.append(i == 0 ? "" : " & ").append(words.get(i)).append(last ? ":*AB" : ":AB");
        }
        return query.toString();
    }

    private void lookalikeThreshold(Criteria criteria) {
        if (criteria.matching() == Matching.LOOKALIKE) {
            // local to the transaction: the pooled connection keeps its default afterwards
            em.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', '" + TYPO_SIMILARITY + "', true)")
                    .getSingleResult();
        }
    }

    private static String where(Criteria criteria, Map<String, Object> parameters) {
        SearchQuery query = criteria.query();
        StringBuilder where = new StringBuilder("where true");
        if (query.text() != null && criteria.matching() == Matching.LOOKALIKE) {
            where.append(" and s.title_text %> :q");
            parameters.put("q", query.text().toLowerCase());
        } else if (query.text() != null && criteria.words().isEmpty()) {
            where.append(" and false");
        } else if (query.text() != null) {
            where.append(" and s.document @@ to_tsquery('english', :matching)");
            parameters.put("matching", criteria.words().matchingQuery());
        }
        if (criteria.categoryId() != null) {
            where.append(" and s.category_path @> array[cast(:category as bigint)]");
            parameters.put("category", criteria.categoryId());
        }
        if (!query.brands().isEmpty()) {
            where.append(" and s.brand in (:brands)");
            parameters.put("brands", query.brands());
        }
        if (!query.vendorSlugs().isEmpty()) {
            where.append(" and s.vendor_id in (:vendors)");
            parameters.put("vendors", criteria.vendorIds().isEmpty() ? List.of(-1L) : criteria.vendorIds());
        }
        // values of one attribute: any of them; different attributes: all of them
        Map<String, List<String>> byName = new LinkedHashMap<>();
        query.attributes().forEach(a -> byName.computeIfAbsent(a.name(), n -> new ArrayList<>()).add(a.term()));
        int group = 0;
        for (List<String> terms : byName.values()) {
            where.append(" and (");
            for (int i = 0; i < terms.size(); i++) {
                String name = "attr" + group + "_" + i;
                where.append(i == 0 ? "" : " or ").append("s.attributes @> array[cast(:").append(name).append(" as text)]");
                parameters.put(name, terms.get(i));
            }
            where.append(")");
            group++;
        }
        if (query.currency() != null) {
            where.append(" and s.price_currency = :currency");
            parameters.put("currency", query.currency());
        }
        if (query.minPriceMinor() != null) {
            where.append(" and s.price_amount >= :minPrice");
            parameters.put("minPrice", query.minPriceMinor());
        }
        if (query.maxPriceMinor() != null) {
            where.append(" and s.price_amount <= :maxPrice");
            parameters.put("maxPrice", query.maxPriceMinor());
        }
        if (query.inStockOnly()) {
            where.append(" and s.in_stock");
        }
        return where.toString();
    }

    private static String orderBy(Criteria criteria, Map<String, Object> parameters) {
        return switch (criteria.query().sort()) {
            case RELEVANCE -> criteria.matching() == Matching.WORDS ? relevance(criteria.words(), parameters)
                    : " order by word_similarity(:q, s.title_text) desc, s.product_id desc";
            case NEWEST -> " order by s.published_at desc, s.product_id desc";
            case PRICE_ASC -> " order by s.price_currency, s.price_amount, s.product_id";
            case PRICE_DESC -> " order by s.price_currency, s.price_amount desc, s.product_id desc";
            case NAME -> " order by s.name, s.product_id";
        };
    }

    /**
     * Every word as typed first, then the last word as the start of a word, then the closest corrections,
     * then any correction or synonym; within each, by weight.
     */
    private static String relevance(SearchWords words, Map<String, Object> parameters) {
        if (words.isEmpty()) {
            return " order by s.product_id desc";
        }
        parameters.put("exact", words.exactQuery());
        parameters.put("typed", words.typedQuery());
        parameters.put("closest", words.closestQuery());
        return " order by s.document @@ to_tsquery('english', :exact) desc, s.document @@ to_tsquery('english', :typed) desc,"
                + " s.document @@ to_tsquery('english', :closest) desc,"
                + " ts_rank_cd(s.document, to_tsquery('english', :matching)) desc, s.product_id desc";
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
