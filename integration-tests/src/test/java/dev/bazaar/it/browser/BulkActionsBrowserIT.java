package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.bazaar.it.browser.pages.BackOfficePage;
import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.DeadLettersPage;
import dev.bazaar.it.browser.pages.OrdersPage;
import dev.bazaar.it.browser.pages.PackingSlipPage;
import dev.bazaar.it.browser.pages.ProductsPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestBroker;
import dev.bazaar.it.http.TestCatalog;
import dev.bazaar.it.http.TestShopping;
import dev.bazaar.it.http.TestVendors;
import jakarta.json.Json;

/**
 * Bulk actions from the back office's tables, end to end: rows selected with their boxes, one button,
 * the rows changed in the database and the page saying how many were done and which were refused, why.
 */
class BulkActionsBrowserIT extends BrowserTest {

    @Test
    void aShopSendsProductsForReviewTogetherAnAdminPublishesThemAndTheShopArchivesThem() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String word = TestCatalog.madeUpWord();
        long jug = TestCatalog.draft(shop, word + " Jug", "clay", "100", "120");
        long cup = TestCatalog.draft(shop, word + " Cup", "clay", "60", "70");

        BackOfficeSignInPage.signIn(browser, shop.owner().email(), TestAccounts.PASSWORD);
        ProductsPage products = ProductsPage.open(browser);
        products.awaitTable(word + " Cup");
        products.selectEveryRowShown("productsForm:products");
        products.bulk("productsForm:publishSelected", "Sent for review: 2 products.");
        assertEquals("PENDING_REVIEW", status(jug));
        assertEquals("PENDING_REVIEW", status(cup));
        browser.screenshot("90-back-office-bulk-sent-for-review");

        try (Browser admin = new Browser()) {
            BackOfficeSignInPage.signIn(admin, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            ProductsPage all = ProductsPage.open(admin);
            all.filterByName(word);
            all.awaitTable(word + " Jug");
            admin.wait.until(d -> d.findElements(By.cssSelector("#productsForm\\:products_data tr[data-ri]")).size() == 2);
            all.selectEveryRowShown("productsForm:products");
            all.bulk("productsForm:publishSelected", "Published: 2 products.");
        }
        assertEquals("ACTIVE", status(jug));
        assertEquals("ACTIVE", status(cup));
        Database.awaitEvent("product.published", String.valueOf(jug)); // each approval published its event
        Database.awaitEvent("product.published", String.valueOf(cup));

        products = ProductsPage.open(browser);
        products.awaitTable("On sale");
        products.selectEveryRowShown("productsForm:products");
        String csv = products.exportSelectedCsv();
        assertTrue(csv.startsWith("id,name,slug,status,shop,category,brand,price,currency,updated_at"), csv);
        assertTrue(csv.contains(jug + "," + word + " Jug,") && csv.contains(cup + "," + word + " Cup,"), csv);
        assertEquals(3, csv.strip().lines().count(), "the header and the two selected products: " + csv);
        products.bulkConfirmed("productsForm:archiveSelected", "Archived: 2 products.");
        assertEquals("ARCHIVED", status(jug));
        assertEquals("ARCHIVED", status(cup));

        products = ProductsPage.open(browser);
        products.awaitTable("Archived");
        products.selectEveryRowShown("productsForm:products");
        products.bulkConfirmed("productsForm:archiveSelected", "Not done for 2 products");
        String refusals = products.bulkRefusals();
        assertTrue(refusals.contains(word + " Jug (Archived): products waiting for review or archived already are not archived"), refusals);
        browser.screenshot("91-back-office-bulk-refused");
    }

    @Test
    void aShopAcceptsPaidOrdersTogetherAndPrintsTheirSlipsOnOnePage() throws Exception {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("BK", 5);
        String first = paidPart(stocked);
        String second = paidPart(stocked);

        BackOfficeSignInPage.signIn(browser, stocked.shop().owner().email(), TestAccounts.PASSWORD);
        OrdersPage orders = new BackOfficePage(browser).openOrders();
        orders.awaitTable(second);
        orders.selectEveryRowShown("ordersForm:orders");
        orders.bulk("ordersForm:acceptSelected", "Accepted: 2 orders.");
        assertEquals("ACCEPTED", orderStatus(first));
        assertEquals("ACCEPTED", orderStatus(second));
        browser.screenshot("92-back-office-bulk-accepted");

        orders.selectEveryRowShown("ordersForm:orders");
        browser.clickSettled(By.id("ordersForm:printSlips"));
        browser.awaitUrl("packing-slip.xhtml");
        PackingSlipPage slips = new PackingSlipPage(browser);
        browser.wait.until(d -> slips.numbers().size() == 2);
        assertEquals(List.of(first, second).stream().sorted().toList(), slips.numbers().stream().sorted().toList());
        browser.screenshot("93-back-office-packing-slips");
    }

    @Test
    void anAdminReplaysEveryDeadLetterOfAnEventAndDiscardsSelectedOnes() throws Exception {
        String replayed = UUID.randomUUID().toString();
        String aggregate = "BULK-" + replayed.substring(0, 8);
        String event = Json.createObjectBuilder().add("eventId", replayed).add("type", "test.bulk-replayed")
                .add("occurredAt", Instant.now().toString()).add("aggregateId", aggregate)
                .add("payload", Json.createObjectBuilder().add("note", "replayed in bulk")).build().toString();
        for (int i = 0; i < 3; i++) {
            TestBroker.deadLetter("bazaar.events::event-log", event, Map.of("type", "test.bulk-replayed", "eventId", replayed));
        }
        String discarded = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            TestBroker.deadLetter("bazaar.events::order-notifications", "not an event", Map.of("type", "order.poison", "eventId", discarded));
        }

        BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        DeadLettersPage letters = new BackOfficePage(browser).openDeadLetters();
        letters.searchForRows(replayed, 3);
        letters.bulk("replayMatching", true, "Sent back to the queue they failed in: 3 messages.");
        letters.awaitList("The dead-letter queue holds nothing here.");
        Database.awaitEvent("test.bulk-replayed", aggregate);
        assertEquals(3, Database.count("select count(*) from security_event where event_type = 'dead-letter.replayed' and detail like ?",
                "%" + replayed + "%"));

        letters.clearSearch();
        letters.searchForRows(discarded, 2);
        letters.selectEveryRowShown("deadLettersForm:letters");
        letters.bulk("discardSelected", true, "Discarded: 2 messages.");
        letters.awaitList("The dead-letter queue holds nothing here.");
        browser.screenshot("94-back-office-dead-letters-bulk");
    }

    @Test
    void aShopSelectsEveryProductTheFilterMatchesOnEveryPageAndArchivesThemAnotherShopsStayAsTheyWere() throws Exception {
        String word = TestCatalog.madeUpWord();
        TestVendors.Shop shop = TestVendors.approvedShop();
        TestVendors.Shop other = TestVendors.approvedShop();
        importDrafts(shop, word, 25);
        importDrafts(other, word, 3);
        long unmatched = TestCatalog.draft(shop, TestCatalog.madeUpWord() + " Bowl", "clay", "30", "40");

        BackOfficeSignInPage.signIn(browser, shop.owner().email(), TestAccounts.PASSWORD);
        ProductsPage products = ProductsPage.open(browser);
        products.filterByName(word);
        products.awaitPageReport("1–20 of 25");
        products.selectEveryRowShown("productsForm:products");
        products.selectAllMatching(25);
        assertTrue(products.selectAllNotice().contains("All 25 products that match the filters are selected, on every page"),
                products.selectAllNotice());
        browser.screenshot("95-back-office-bulk-all-matching");
        products.bulkConfirmed("productsForm:archiveSelected", "Archived: 25 products.");

        assertEquals(25, Database.count("select count(*) from product where vendor_id = ? and name like ? and status = 'ARCHIVED'",
                shop.vendorId(), word + "%"));
        assertEquals(3, Database.count("select count(*) from product where vendor_id = ? and name like ? and status = 'DRAFT'",
                other.vendorId(), word + "%"), "another shop's products that match the same words are not touched");
        assertEquals("DRAFT", status(unmatched), "a product the filter does not match is not touched");
    }

    @Test
    void moreMatchesThanOneActionTakesAreRefusedAsAWholeAndSaidSo() throws Exception {
        String word = TestCatalog.madeUpWord();
        TestVendors.Shop shop = TestVendors.approvedShop();
        importDrafts(shop, word, 501);

        BackOfficeSignInPage.signIn(browser, shop.owner().email(), TestAccounts.PASSWORD);
        ProductsPage products = ProductsPage.open(browser);
        products.awaitPageReport("of 501");
        products.selectEveryRowShown("productsForm:products");
        products.selectAllMatching(501);
        assertTrue(products.selectAllNotice().contains("One action takes at most 500 products"), products.selectAllNotice());
        products.bulk("productsForm:publishSelected", "Not done: the filters match 501 products, and one action takes at most 500");
        assertEquals(0, Database.count("select count(*) from product where vendor_id = ? and status <> 'DRAFT'", shop.vendorId()),
                "nothing was sent for review");
    }

    @Test
    void aShopSelectsEveryPaidOrderOnEveryPageAndAcceptsThemAnotherShopsStayPaid() throws Exception {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("BM", 20);
        List<String> paid = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            paid.add(paidPart(stocked));
        }
        TestShopping.StockedShop other = TestShopping.stockedShop("BO", 5);
        String theirs = paidPart(other);

        BackOfficeSignInPage.signIn(browser, stocked.shop().owner().email(), TestAccounts.PASSWORD);
        OrdersPage orders = new BackOfficePage(browser).openOrders();
        orders.filterByStatus("PAID");
        orders.find();
        orders.showRowsPerPage("ordersForm:orders", 10);
        orders.selectEveryRowShown("ordersForm:orders");
        orders.selectAllMatching(11);
        orders.bulk("ordersForm:acceptSelected", "Accepted: 11 orders.");

        for (String number : paid) {
            assertEquals("ACCEPTED", orderStatus(number), number);
        }
        assertEquals("PAID", orderStatus(theirs), "another shop's paid order is not touched");
    }

    /** Imports {@code count} draft products named "{@code word} n" with one variant each, through the CSV import. */
    private static void importDrafts(TestVendors.Shop shop, String word, int count) {
        StringBuilder csv = new StringBuilder("product_slug,name,sku,price\r\n");
        String slug = word.toLowerCase() + "-" + shop.vendorId();
        for (int i = 1; i <= count; i++) {
            csv.append(slug).append('-').append(i).append(',').append(word).append(' ').append(i).append(',')
                    .append(slug.toUpperCase()).append('-').append(i).append(",12.50\r\n");
        }
        HttpResponse<String> imported = Http.send("POST", "/api/v1/vendor/products/import", shop.owner().accessToken(),
                "text/csv; charset=UTF-8", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.statusCode(), imported.body());
    }

    private static String paidPart(TestShopping.StockedShop stocked) {
        String number = TestShopping.placedOrder(TestShopping.customerWith(stocked.small(), 1)).getString("number");
        HttpResponse<String> paid = Http.withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid",
                TestAccounts.admin().accessToken(), null);
        assertEquals(200, paid.statusCode(), paid.body());
        return number + "-1";
    }

    private static String status(long productId) {
        return Database.single("select status from product where id = ?", productId).orElseThrow();
    }

    private static String orderStatus(String number) {
        return Database.single("select status from vendor_order where number = ?", number).orElseThrow();
    }
}
