package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.getWithToken;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.TestCatalog.approved;
import static dev.bazaar.it.http.TestCatalog.madeUpWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * Search analytics for platform admins (issue 19, docs/adr/0023): searches are counted per day and
 * normalised query, those that found nothing too, and a product opened from search results counts a click;
 * the counts are written a few seconds after the search (the tests ask until they are there); nothing of
 * the shopper is kept; only platform admins read them, and broken dates are 422s by name.
 */
public class SearchAnalyticsApiIT {

    private static final String REPORT = "/api/v1/admin/search/analytics";
    /** The flush runs every 5 seconds; a loaded machine may take longer to run it. */
    private static final Duration FLUSHED_WITHIN = Duration.ofSeconds(60);
    private static final Pattern PRODUCT_LINK = Pattern.compile("href=\"([^\"]*/search/product/[^\"?]+\\?q=[^\"]*)\"");

    @Test
    void aSearchForNonsenseShowsAmongTheQueriesThatFoundNothingNormalised() {
        String nonsense = madeUpWord() + " " + madeUpWord();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> searched = get("/api/v1/products?q=" + encode("  " + nonsense.toUpperCase(Locale.ROOT) + "!! "));
            assertEquals(0, json(searched).getInt("totalItems"), searched.body());
        }
        String normalised = nonsense.toLowerCase(Locale.ROOT);

        JsonObject figures = awaitReport(normalised, report -> find(report, "withoutResults", normalised)
                .filter(q -> q.getJsonNumber("withoutResults").longValue() == 5));

        JsonObject query = find(figures, "withoutResults", normalised).orElseThrow();
        assertEquals(5, query.getJsonNumber("searches").longValue());
        JsonObject today = figures.getJsonArray("days").getJsonObject(figures.getJsonArray("days").size() - 1);
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), today.getString("day"));
        assertEquals(5, today.getJsonNumber("withoutResults").longValue(), today.toString());
        assertEquals(1, figures.getJsonArray("topQueries").size(), "only the queries containing the words asked for");
        assertEquals(30, figures.getJsonArray("days").size(), "the last 30 days by default");
    }

    @Test
    void aProductOpenedFromTheSearchResultsCountsAClickOfThatQuery() {
        String word = madeUpWord();
        approved(TestVendors.approvedShop(), word + " Kettle", "cast iron", "399", "459");
        String normalised = word.toLowerCase(Locale.ROOT) + " kettle";

        HttpResponse<String> page = get("/search?currency=all&q=" + encode(word + " Kettle"));
        assertEquals(200, page.statusCode());
        Matcher link = PRODUCT_LINK.matcher(page.body());
        assertTrue(link.find(), "the result links to the product through the click counter");
        String href = link.group(1).replace("&amp;", "&");
        assertTrue(href.endsWith("/search/product/" + word.toLowerCase(Locale.ROOT) + "-kettle?q=" + encode(normalised)), href);

        HttpResponse<String> followed = get(href.substring(href.indexOf("/search/product/")));
        assertEquals(303, followed.statusCode());
        assertTrue(followed.headers().firstValue("Location").orElseThrow().endsWith("/p/" + word.toLowerCase(Locale.ROOT) + "-kettle"));

        // the report's lists are separate statements: the click may show in one before the search in another
        JsonObject figures = awaitReport(normalised, report -> find(report, "topClicks", normalised)
                .flatMap(click -> find(report, "topQueries", normalised)));
        JsonObject click = find(figures, "topClicks", normalised).orElseThrow();
        assertEquals(word + " Kettle", click.getString("productName"));
        assertEquals(1, click.getJsonNumber("clicks").longValue());
        JsonObject query = find(figures, "topQueries", normalised).orElseThrow();
        assertEquals(1, query.getJsonNumber("searches").longValue());
        assertEquals(1, query.getJsonNumber("clicks").longValue());
        assertEquals(1.0, query.getJsonNumber("clickThrough").doubleValue());
    }

    @Test
    void nothingOfTheShopperIsKeptWithAQuery() {
        assertEquals("day,query,searches,without_results", columns("search_query_day"));
        assertEquals("clicks,day,product_id,query", columns("search_click_day"));
    }

    @Test
    void onlyPlatformAdminsReadTheAnalytics() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        assertEquals(403, getWithToken(REPORT, shop.owner().accessToken()).statusCode());
        assertEquals(403, getWithToken(REPORT, TestAccounts.registeredAndLoggedIn("customer").accessToken()).statusCode());
        assertEquals(401, get(REPORT).statusCode());
    }

    @Test
    void brokenDatesAre422sByName() {
        assertEquals("must be a date like 2026-12-07", problem("from=2026-02-30").get("from"));
        assertTrue(problem("from=yesterday&to=today").keySet().containsAll(java.util.Set.of("from", "to")));
        assertEquals("must not be before from", problem("from=2026-12-07&to=2026-12-01").get("to"));
        assertTrue(problem("from=2025-01-01&to=2026-12-31").containsKey("to"), "over 366 days");
        assertTrue(problem("query=" + "x".repeat(201)).containsKey("query"));
        JsonObject week = json(getWithToken(REPORT + "?from=2026-11-01&to=2026-11-07", TestAccounts.admin().accessToken()));
        assertEquals(7, week.getJsonArray("days").size());
        assertEquals("2026-11-01", week.getString("from"));
    }

    // ---- helpers

    /**
     * Asks for today's report of the queries containing {@code words} until {@code ready} finds what the test
     * waits for (the flush runs every few seconds).
     */
    private static JsonObject awaitReport(String words, Function<JsonObject, Optional<JsonObject>> ready) {
        Instant deadline = Instant.now().plus(FLUSHED_WITHIN);
        String admin = TestAccounts.admin().accessToken();
        while (true) {
            HttpResponse<String> answer = getWithToken(REPORT + "?to=" + LocalDate.now(ZoneOffset.UTC) + "&query=" + encode(words), admin);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject report = json(answer);
            if (ready.apply(report).isPresent()) {
                return report;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the counts never got there: " + report);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Optional<JsonObject> find(JsonObject report, String list, String query) {
        return report.getJsonArray(list).stream().map(JsonObject.class::cast).filter(q -> q.getString("query").equals(query)).findFirst();
    }

    private static java.util.Map<String, String> problem(String query) {
        HttpResponse<String> response = getWithToken(REPORT + "?" + query, TestAccounts.admin().accessToken());
        assertEquals(422, response.statusCode(), response.body());
        return fieldErrors(response);
    }

    private static String columns(String table) {
        return Database.single("select string_agg(column_name, ',' order by column_name) from information_schema.columns"
                + " where table_name = ?", table).orElseThrow();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
