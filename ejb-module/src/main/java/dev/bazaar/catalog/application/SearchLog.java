package dev.bazaar.catalog.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Counts what shoppers search for and which found products they open, for the admins' search analytics
 * (V38, docs/adr/0023), without slowing the search: a search or a click only joins an in-memory queue (no
 * lock, no database); every few seconds {@link #flush()} adds up everything queued and adds the sums to the
 * day's rows, one statement per table, whichever server counted them. What is kept with a query is its
 * words, normalised, and the UTC day; never who searched. A crash loses what was queued since the last
 * flush; a failed flush (the database away) keeps it for the next one, up to {@value #MAX_QUEUED} entries.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchLog {

    /** Beyond this many entries waiting (the database away for long), new ones are not counted. */
    static final int MAX_QUEUED = 100_000;
    private static final Logger LOG = Logger.getLogger(SearchLog.class.getName());

    /** One search (no product) or one click on a found product. */
    private record Entry(LocalDate day, String query, boolean found, String productSlug) {
    }

    private final Queue<Entry> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();

    @PersistenceContext(unitName = "bazaar")
    private EntityManager em;

    /**
     * The query as analytics keep it: its words in lower case, letters and digits only, one space apart (as
     * search reads it: "Oak  BOARD!" is "oak board"), at most 200 characters; null when no word is left.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String words = String.join(" ", SearchWords.split(text));
        if (words.length() > SearchQuery.MAX_TEXT) {
            int cut = words.lastIndexOf(' ', SearchQuery.MAX_TEXT);
            words = words.substring(0, cut > 0 ? cut : SearchQuery.MAX_TEXT);
        }
        return words.isEmpty() ? null : words;
    }

    /** A search for {@code text} that found {@code found} products. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void searched(String text, long found) {
        String query = normalise(text);
        if (query != null) {
            offer(new Entry(today(), query, found > 0, null));
        }
    }

    /** A shopper opened the product at {@code productSlug} from the results of a search for {@code text}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void clicked(String text, String productSlug) {
        String query = normalise(text);
        if (query != null && productSlug != null && !productSlug.isBlank()) {
            offer(new Entry(today(), query, true, productSlug));
        }
    }

    /**
     * Adds what was counted since the last flush to the day's rows; the timer calls it every few seconds.
     * Returns how many searches and clicks were written.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int flush() {
        List<Entry> batch = new ArrayList<>();
        for (Entry entry = queued.poll(); entry != null; entry = queued.poll()) {
            waiting.decrementAndGet();
            batch.add(entry);
        }
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            write(batch);
            return batch.size();
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "Search analytics could not be written; " + batch.size() + " entries kept for the next flush", e);
            batch.forEach(this::offer);
            em.clear();
            throw e;
        }
    }

    private void write(List<Entry> batch) {
        Map<List<Object>, long[]> searches = new LinkedHashMap<>();
        Map<List<Object>, Long> clicks = new LinkedHashMap<>();
        for (Entry entry : batch) {
            if (entry.productSlug() == null) {
                long[] counts = searches.computeIfAbsent(List.of(entry.day(), entry.query()), k -> new long[2]);
                counts[0]++;
                counts[1] += entry.found() ? 0 : 1;
            } else {
                clicks.merge(List.of(entry.day(), entry.query(), entry.productSlug()), 1L, Long::sum);
            }
        }
        if (!searches.isEmpty()) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            searches.forEach((key, counts) -> rows.add(Json.createObjectBuilder().add("day", key.get(0).toString())
                    .add("query", (String) key.get(1)).add("searches", counts[0]).add("without_results", counts[1])));
            em.createNativeQuery("insert into search_query_day (day, query, searches, without_results)"
                            + " select r.day, r.query, r.searches, r.without_results"
                            + " from jsonb_to_recordset(cast(:rows as jsonb)) as r(day date, query text, searches bigint, without_results bigint)"
                            + " on conflict (day, query) do update set searches = search_query_day.searches + excluded.searches,"
                            + " without_results = search_query_day.without_results + excluded.without_results")
                    .setParameter("rows", rows.build().toString()).executeUpdate();
        }
        if (!clicks.isEmpty()) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            clicks.forEach((key, count) -> rows.add(Json.createObjectBuilder().add("day", key.get(0).toString())
                    .add("query", (String) key.get(1)).add("product", (String) key.get(2)).add("clicks", count)));
            // a slug no product has (a made-up address) counts nothing
            em.createNativeQuery("insert into search_click_day (day, query, product_id, clicks)"
                            + " select r.day, r.query, p.id, r.clicks"
                            + " from jsonb_to_recordset(cast(:rows as jsonb)) as r(day date, query text, product text, clicks bigint)"
                            + " join product p on p.slug = r.product"
                            + " on conflict (day, query, product_id) do update set clicks = search_click_day.clicks + excluded.clicks")
                    .setParameter("rows", rows.build().toString()).executeUpdate();
        }
    }

    private void offer(Entry entry) {
        if (waiting.incrementAndGet() > MAX_QUEUED) {
            waiting.decrementAndGet();
            return;
        }
        queued.add(entry);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
