package dev.bazaar.catalog.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.RichText;
import dev.bazaar.media.application.ImageLibrary;
import dev.bazaar.review.application.ShopRating;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * Shop search for shoppers (the storefront's Shops tab and the API): approved shops only, found by their
 * name, where they are (the cities of their stock locations, their country in English or German) and their
 * description, from {@code shop_search}, which triggers keep in step with the shops (V37). Words are spelled
 * as in product search (ADR 0019), against the shops' own words, and the admins' synonyms apply; ranking
 * puts every word as typed first, then the closest corrections, then by weight (name, place, description).
 * Each shop carries its rating, read from {@code shop_rating} in the same query; the rating takes no part
 * in the ranking.
 */
@Stateless
public class ShopSearch {

    private static final int SUMMARY_LENGTH = 200;

    @Inject
    SearchVocabulary vocabulary;

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    public ShopSearchResult search(ShopQuery query, PageRequest page) {
        SearchWords words = query.text() == null ? null
                : vocabulary.withSynonyms(query.exact() ? SearchWords.asTyped(query.text())
                        : vocabulary.spell(query.text(), SearchVocabulary.Words.SHOPS));
        if (words != null && words.isEmpty()) {
            return new ShopSearchResult(query, new Page<>(List.of(), 0, page.size(), 0), null);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = words == null ? "" : " where s.document @@ to_tsquery('english', :matching)";
        if (words != null) {
            parameters.put("matching", words.matchingQuery());
            parameters.put("typed", words.typedQuery());
        }
        Object[] counts = (Object[]) bind(em.createNativeQuery("select count(*), "
                + (words == null ? "count(*)" : "count(*) filter (where s.document @@ to_tsquery('english', :typed))")
                + " from shop_search s" + where), parameters).getSingleResult();
        long total = ((Number) counts[0]).longValue();
        boolean foundAsTyped = ((Number) counts[1]).longValue() > 0;
        int pageNumber = total == 0 ? 0 : Math.min(page.page(), (int) ((total - 1) / page.size()));
        PageRequest shown = new PageRequest(pageNumber, page.size());
        List<FoundShop> shops = total == 0 ? List.of() : page(words, where, parameters, shown);
        return new ShopSearchResult(query, new Page<>(shops, shown.page(), shown.size(), total),
                words != null && total > 0 && !foundAsTyped && words.corrected() ? words.correctedText() : null);
    }

    private List<FoundShop> page(SearchWords words, String where, Map<String, Object> parameters, PageRequest page) {
        String order = " order by s.name, s.vendor_id";
        if (words != null) {
            parameters.put("exact", words.exactQuery());
            parameters.put("closest", words.closestQuery());
            order = " order by s.document @@ to_tsquery('english', :exact) desc, s.document @@ to_tsquery('english', :typed) desc,"
                    + " s.document @@ to_tsquery('english', :closest) desc,"
                    + " ts_rank_cd(s.document, to_tsquery('english', :matching)) desc, s.name, s.vendor_id";
        }
        parameters.put("limit", page.size());
        parameters.put("offset", page.offset());
        Query query = bind(em.createNativeQuery("select v.id, v.slug, v.name, v.description, v.country, v.logo_image_id,"
                + " (select string_agg(distinct l.city, ', ' order by l.city) from stock_location l where l.vendor_id = v.id),"
                + " (select count(*) from product_search p where p.vendor_id = v.id), r.review_count, r.rating_sum"
                + " from shop_search s join vendor v on v.id = s.vendor_id left join shop_rating r on r.vendor_id = v.id" + where + order + " limit :limit offset :offset"), parameters);
        List<FoundShop> shops = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            shops.add(new FoundShop(((Number) c[0]).longValue(), (String) c[1], (String) c[2], summary((String) c[3]),
                    c[4] == null ? null : c[4].toString().strip(),
                    (String) c[6], c[5] == null ? null : ImageLibrary.publishedUrl(((Number) c[5]).longValue(), ImageLibrary.THUMB),
                    ((Number) c[7]).longValue(), ShopRating.of((Number) c[8], (Number) c[9])));
        }
        return shops;
    }

    /** The start of the description as plain text, cut at a word. */
    private static String summary(String description) {
        if (description == null) {
            return null;
        }
        String text = RichText.plainText(description).strip().replaceAll("\\s+", " ");
        if (text.length() <= SUMMARY_LENGTH) {
            return text.isEmpty() ? null : text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + "…";
    }

    private static Query bind(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
