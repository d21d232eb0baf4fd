package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * Listings in the shopper's currency, over HTTP. The API's {@code currency} parameter lists only
 * products priced in it (and is documented so). The storefront's listings (search, category, home, shop
 * pages) show only products in the shopper's currency: the one they chose (cookie), else their
 * country's (here, the browser language's region), with {@code currency=all} showing every currency and
 * marking the others; a shopper of whom nothing is known sees every currency. The test shop sells in NOK.
 * A browser that prefers German reads the storefront in German (StorefrontLanguageIT).
 */
public class ShopperCurrencyIT {

    private static TestVendors.Shop shop;
    private static String word;

    @BeforeAll
    static void aShopSellingInKroner() {
        shop = TestVendors.approvedShop();
        word = TestCatalog.madeUpWord();
        TestCatalog.approved(shop, word + " Teapot", "cast iron", "199", "249");
        TestCatalog.approved(shop, word + " Mug", "stoneware", "99", "119");
    }

    @Test
    void theApiListsOnlyProductsPricedInTheAskedCurrency() {
        assertEquals(2, products("q=" + word + "&currency=NOK").getInt("totalItems"));
        assertEquals(2, products("q=" + word + "&currency=nok").getInt("totalItems"), "the code in any case");
        assertEquals(0, products("q=" + word + "&currency=EUR").getInt("totalItems"));
        assertEquals(2, products("q=" + word).getInt("totalItems"), "without a currency, every currency");
        JsonObject euros = products("currency=EUR&size=100");
        assertTrue(euros.getInt("totalItems") > 0, "the demo shops sell in euros");
        assertTrue(euros.getJsonArray("items").stream().map(JsonObject.class::cast)
                .allMatch(p -> p.getJsonObject("price").getString("currency").equals("EUR")), euros.toString());

        HttpResponse<String> unknown = Http.get("/api/v1/products?currency=ZZZ");
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertEquals("is an ISO 4217 currency code, like EUR", fieldErrors(unknown).get("currency"));
        assertTrue(Http.get("/openapi").body().contains("ISO 4217 code: only products priced in it"), "documented");
    }

    @Test
    void theStorefrontListsTheShoppersCountrysCurrencyAndOffersEveryCurrency() {
        HttpResponse<String> german = page("/search?q=" + word, "de-DE,de;q=0.9", null);
        assertTrue(german.body().contains("Angezeigt werden Produkte mit Preisen in EUR."), "in German too: " + german.body());
        assertFalse(german.body().contains(word + " Teapot"), "kroner are not listed to a shopper in Germany");
        assertTrue(german.body().contains("href=\"/search?q=" + word + "&amp;currency=all\""), "the way to every currency");

        HttpResponse<String> everything = page("/search?q=" + word + "&currency=all", "de-DE", null);
        assertTrue(everything.body().contains(word + " Teapot"));
        assertTrue(everything.body().contains("Nicht in Ihrer Währung"), "marked as outside the shopper's currency");
        assertTrue(everything.body().contains("was nicht in EUR ausgepreist ist, kann nicht in Ihren Warenkorb"));

        HttpResponse<String> norwegian = page("/c/kitchen?q=" + word, "nb-NO", null);
        assertTrue(norwegian.body().contains(word + " Teapot") && norwegian.body().contains(word + " Mug"), norwegian.body());
        assertFalse(norwegian.body().contains("class=\"other-currency\""));

        HttpResponse<String> chosen = page("/search?q=" + word, "de-DE", "bazaar-currency=NOK");
        assertTrue(chosen.body().contains(word + " Teapot"), "the shopper's choice wins over their country");

        HttpResponse<String> unknown = page("/search?q=" + word, null, null);
        assertTrue(unknown.body().contains(word + " Teapot"), "nothing known of the shopper: every currency");
        assertFalse(unknown.body().contains("id=\"currencyScope\""));
    }

    @Test
    void shopAndHomePagesListTheShoppersCurrencyToo() {
        HttpResponse<String> shopInGermany = page("/shops/" + shop.slug(), "de-DE", null);
        assertTrue(shopInGermany.body().contains("0 Produkte"), "the shop sells in kroner only (said in German)");
        HttpResponse<String> shopInNorway = page("/shops/" + shop.slug(), "nb-NO", null);
        assertTrue(shopInNorway.body().contains("2 products"), shopInNorway.body());

        HttpResponse<String> home = page("/", "en-GB", null);
        assertTrue(home.body().contains("Showing products priced in GBP."));
        List<String> prices = home.body().lines().filter(line -> line.contains("class=\"price\"")).toList();
        assertFalse(prices.isEmpty());
        assertTrue(prices.stream().allMatch(line -> line.contains("£")), "pounds only: " + prices);
    }

    @Test
    void largeScopesKeepTheirFacetCountsPerCurrencyToo() throws Exception {
        // what the every-minute recount writes, for scopes of at least one product, seen and rolled back
        try (Connection connection = DriverManager.getConnection(System.getProperty("bazaar.db.url"),
                System.getProperty("bazaar.db.user"), System.getProperty("bazaar.db.password"))) {
            connection.setAutoCommit(false);
            try {
                connection.createStatement().executeUpdate("update search_facet_summary_state set refreshed_at = null");
                assertEquals("t", value(connection, "select search_facet_summarize(1)"));
                assertEquals(value(connection, "select count(*) from product_search where price_currency = 'NOK'"),
                        value(connection, "select count from search_facet_summary where category_id = 0 and currency = 'NOK' and facet = 'total'"));
                assertEquals(value(connection, "select count(*) from product_search"),
                        value(connection, "select count from search_facet_summary where category_id = 0 and currency = '' and facet = 'total'"));
                assertEquals("NOK", value(connection, "select string_agg(distinct key, ',') from search_facet_summary"
                        + " where currency = 'NOK' and facet = 'price'"), "a currency's counts hold only its prices");
                assertEquals("2", value(connection, "select count from search_facet_summary where category_id = 0 and currency = 'NOK'"
                        + " and facet = 'brand' and key = 'Brand " + word + "'"));
            } finally {
                connection.rollback();
            }
        }
    }

    private static String value(Connection connection, String sql) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }

    private static JsonObject products(String query) {
        HttpResponse<String> response = Http.get("/api/v1/products?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static HttpResponse<String> page(String path, String acceptLanguage, String cookie) {
        HttpResponse<String> response = Http.call("GET", path, null, null, "Accept-Language", acceptLanguage, "Cookie", cookie);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response;
    }
}
