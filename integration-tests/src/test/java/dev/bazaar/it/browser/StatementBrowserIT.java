package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.MoneyPage;
import dev.bazaar.it.browser.pages.StatementPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestCardOrders;
import jakarta.json.JsonObject;

/**
 * The monthly statement and the admins' daily money in the back office: an owner prints the month's
 * statement and downloads it as CSV, and cannot open another shop's; an admin sees the reconciliation
 * by day, green where the day balances and the difference where it does not, and the commission chart.
 * Both pages pass axe-core.
 */
class StatementBrowserIT extends BrowserTest {

    @Test
    void aShopOwnerPrintsTheMonthsStatementDownloadsItAsCsvAndCannotOpenAnotherShops() throws Exception {
        TestCardOrders.Placed order = TestCardOrders.paid("SP");
        TestCardOrders.Placed other = TestCardOrders.paid("SQ");
        awaitSale(order.part());
        long sale = entry(order.part(), "SALE");
        long commission = entry(order.part(), "COMMISSION");
        String month = YearMonth.now(ZoneOffset.UTC).toString();

        MoneyPage money = BackOfficeSignInPage.signIn(browser, order.shop().shop().owner().email(), TestAccounts.PASSWORD).openMoney();
        StatementPage statement = money.openStatement(month, "NOK", null);

        assertEquals("000", MoneyPage.digits(statement.opening()), "a new shop opens the month at zero: " + statement.opening());
        Map<String, String> kinds = statement.kinds();
        assertEquals(String.valueOf(sale), MoneyPage.digits(kinds.get("SALE")), kinds.toString());
        assertEquals(String.valueOf(-commission), MoneyPage.digits(kinds.get("COMMISSION")), kinds.toString());
        assertEquals(String.valueOf(sale + commission), MoneyPage.digits(statement.closing()));
        List<List<String>> entries = statement.entries();
        assertEquals(2, entries.size(), entries.toString());
        assertTrue(entries.stream().allMatch(row -> row.get(2).equals(order.part())), entries.toString());
        new PageAudit(browser).assertAccessible("95-statement");
        browser.screenshot("95-back-office-statement");

        String csv = statement.downloadedCsv();
        List<String> lines = csv.lines().toList();
        assertEquals("recorded_at,kind,order,vendor_order,currency,amount,stripe_object,memo", lines.get(0), csv);
        assertTrue(lines.get(1).contains(",OPENING_BALANCE,") && lines.get(1).contains(",NOK,0.00,"), csv);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",SALE,") && l.contains(order.part())), csv);
        assertTrue(lines.get(lines.size() - 1).contains(",CLOSING_BALANCE,"), csv);

        long otherShop = other.shop().shop().vendorId();
        assertEquals(404, browser.fetchStatus("/admin/statement.xhtml?month=" + month + "&currency=NOK&shop=" + otherShop),
                "another shop's statement does not exist for this owner");
        assertEquals(200, browser.fetchStatus("/admin/statement.xhtml?month=" + month + "&currency=NOK&shop="
                + order.shop().shop().vendorId()));
    }

    @Test
    void anAdminSeesEachDaysReconciliationGreenOrItsDifferenceAndTheCommissionChart() throws Exception {
        TestCardOrders.Placed order = TestCardOrders.paid("SR");
        awaitSale(order.part());
        // an entry written just after midnight, as a consumer catching up would: its day shows a difference, the next day the opposite
        LocalDate late = LocalDate.now(ZoneOffset.UTC).minusDays(20);
        String key = UUID.randomUUID().toString();
        Database.update("insert into ledger_entry (vendor_id, currency, kind, amount_minor, entry_key, memo, recorded_at) values"
                + " (null, 'SEK', 'ADJUSTMENT_OFFSET', 500, ?, 'written late', ?::timestamptz),"
                + " (null, 'SEK', 'ADJUSTMENT_OFFSET', -500, ?, 'written late', ?::timestamptz)",
                "late-" + key, late.atTime(23, 59).toInstant(ZoneOffset.UTC).toString(),
                "late-next-" + key, late.plusDays(1).atTime(0, 1).toInstant(ZoneOffset.UTC).toString());
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        MoneyPage platform = BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD).openMoney();

        List<List<String>> days = platform.dailyReconciliation();
        JsonObject todays = dayFromApi(today, "NOK");
        List<String> todayRow = row(days, today, "NOK");
        assertEquals(MoneyPage.digits(String.valueOf(todays.getJsonObject("ledger").getJsonNumber("amountMinor").longValue())),
                MoneyPage.digits(todayRow.get(6)), "today's ledger as the service counts it: " + todayRow);
        assertShows(todays, todayRow);
        for (LocalDate day : List.of(late, late.plusDays(1))) {
            JsonObject lateDay = dayFromApi(day.toString(), "SEK");
            assertTrue(!lateDay.getBoolean("balanced"), "a day with an entry of another day's money does not balance: " + lateDay);
            assertShows(lateDay, row(days, day.toString(), "SEK"));
        }
        assertEquals(0, minor(dayFromApi(late.toString(), "SEK")) + minor(dayFromApi(late.plusDays(1).toString(), "SEK")),
                "the two days' differences cancel");
        assertTrue(platform.commissionChartDrawn(), "the commission chart is drawn");
        new PageAudit(browser).assertAccessible("96-money-admin-daily");
        browser.screenshot("96-back-office-money-daily");
    }

    /** The day's row says Balanced (green) when the service finds it balanced, else the service's difference (red). */
    private static void assertShows(JsonObject day, List<String> row) {
        if (day.getBoolean("balanced")) {
            assertEquals("Balanced", row.get(7), row.toString());
        } else {
            assertEquals(MoneyPage.digits(String.valueOf(minor(day))), MoneyPage.digits(row.get(7)), row.toString());
        }
    }

    private static long minor(JsonObject day) {
        return day.getJsonObject("difference").getJsonNumber("amountMinor").longValue();
    }

    private static List<String> row(List<List<String>> days, String day, String currency) {
        return days.stream().filter(r -> r.get(0).equals(day) && r.get(1).equals(currency)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + currency + " line for " + day + ": " + days));
    }

    private static JsonObject dayFromApi(String day, String currency) {
        HttpResponse<String> response = Http.call("GET", "/api/v1/admin/money/reconciliation/days", TestAccounts.admin().accessToken(), null);
        assertEquals(200, response.statusCode(), response.body());
        return Http.jsonArray(response).getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("day").equals(day) && d.getJsonObject("money").getString("currency").equals(currency))
                .map(d -> d.getJsonObject("money")).findFirst().orElseThrow(() -> new AssertionError(response.body()));
    }

    private static long entry(String part, String kind) {
        return Long.parseLong(Database.single("select sum(amount_minor)::text from ledger_entry where vendor_order_number = ? and kind = ?",
                part, kind).orElseThrow());
    }

    private static void awaitSale(String part) {
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind in"
                + " ('SALE', 'COMMISSION')", part) == 2, "the sale and commission of " + part + " on the ledger");
    }
}
