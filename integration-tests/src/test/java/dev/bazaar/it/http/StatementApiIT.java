package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Monthly statements and the admins' daily money: a shop's statement per currency and month opens with
 * the balance before the month, lists the month's entries with their totals by kind and closes with the
 * balance after them, as JSON or as a CSV download; a shop reads only its own; the daily reconciliation follows a payment into the
 * day's line, and the commission per day counts what the platform earned.
 */
class StatementApiIT {

    private static final TestAccounts.LoggedIn ADMIN = TestAccounts.admin();

    @Test
    void aStatementOpensWithTheBalanceBeforeTheMonthAndClosesWithTheEntriesOfTheMonthAdded() {
        TestCardOrders.Placed order = TestCardOrders.paid("SM");
        TestAccounts.LoggedIn owner = order.shop().shop().owner();
        long shop = order.shop().shop().vendorId();
        awaitSale(order.part());
        YearMonth thisMonth = YearMonth.now(ZoneOffset.UTC);
        YearMonth lastMonth = thisMonth.minusMonths(1);
        // a correction made last month (an adjustment and its other side, so the ledger's sum stays): a month cannot pass in a test
        Database.update("insert into ledger_entry (vendor_id, currency, kind, amount_minor, entry_key, memo, recorded_at) values"
                + " (?, 'NOK', 'ADJUSTMENT', 700, ?, 'Adjustment: last month''s shipping label', ?::timestamptz),"
                + " (null, 'NOK', 'ADJUSTMENT_OFFSET', -700, ?, 'Adjustment of a shop', ?::timestamptz)", shop, "adjustment:sm-" + shop,
                lastMonth.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC).toString(), "adjustment-offset:sm-" + shop,
                lastMonth.atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        long sale = entry(order.part(), "SALE");
        long commission = entry(order.part(), "COMMISSION");

        JsonObject now = statement(owner, "/api/v1/vendor/statements/" + thisMonth + "?currency=NOK");
        JsonObject before = statement(owner, "/api/v1/vendor/statements/" + lastMonth + "?currency=nok");

        assertEquals(thisMonth.toString(), now.getString("month"));
        assertEquals("NOK", now.getString("currency"));
        assertEquals(700, minor(now, "opening"), "last month's adjustment opens this month");
        Map<String, Long> kinds = byKind(now);
        assertEquals(Map.of("SALE", sale, "COMMISSION", commission), kinds, "the month's entries by kind");
        assertEquals(700 + sale + commission, minor(now, "closing"));
        assertEquals(2, now.getJsonArray("entries").size());
        assertTrue(now.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .allMatch(e -> order.part().equals(e.getString("vendorOrderNumber"))), now.toString());
        assertEquals(0, minor(before, "opening"));
        assertEquals(Map.of("ADJUSTMENT", 700L), byKind(before));
        assertEquals(700, minor(before, "closing"), "last month closes where this one opens");
        JsonObject asAdmin = statement(ADMIN, "/api/v1/admin/money/shops/" + shop + "/statements/" + thisMonth + "?currency=NOK");
        assertEquals(minor(now, "closing"), minor(asAdmin, "closing"), "admins read the same statement");
    }

    @Test
    void aStatementDownloadsAsCsvWithTheSameLinesAsTheStatement() {
        TestCardOrders.Placed order = TestCardOrders.paid("SC");
        TestAccounts.LoggedIn owner = order.shop().shop().owner();
        awaitSale(order.part());
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        JsonObject statement = statement(owner, "/api/v1/vendor/statements/" + month + "?currency=NOK");

        HttpResponse<String> csv = get(owner, "/api/v1/vendor/statements/" + month + ".csv?currency=NOK");
        HttpResponse<String> asAdmin = get(ADMIN, "/api/v1/admin/money/shops/" + order.shop().shop().vendorId() + "/statements/" + month
                + ".csv?currency=NOK");

        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"), csv.headers().toString());
        assertEquals("attachment; filename=\"statement-" + order.shop().shop().vendorId() + "-" + month + "-NOK.csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        List<String> lines = csv.body().lines().toList();
        assertEquals("recorded_at,kind,order,vendor_order,currency,amount,stripe_object,memo", lines.get(0));
        assertTrue(lines.get(1).contains(",OPENING_BALANCE,"), lines.get(1));
        assertEquals(2, lines.stream().filter(l -> l.contains("," + order.part() + ",NOK,")).count(), "the sale and its commission: " + lines);
        assertTrue(lines.get(lines.size() - 1).contains(",CLOSING_BALANCE,,,NOK," + decimal(minor(statement, "closing")) + ","),
                lines.get(lines.size() - 1));
        assertEquals(1 + 1 + statement.getJsonArray("entries").size() + statement.getJsonArray("byKind").size() + 1, lines.size(), csv.body());
        assertEquals(200, asAdmin.statusCode(), asAdmin.body());
        assertEquals(csv.body(), asAdmin.body(), "admins download the same file");
        assertRefused(422, "currency", get(owner, "/api/v1/vendor/statements/" + month + ".csv?currency=EUR"));
        assertRefused(400, "month", get(owner, "/api/v1/vendor/statements/2026-13.csv?currency=NOK"));
        assertEquals(403, get(order.customer(), "/api/v1/vendor/statements/" + month + ".csv?currency=NOK").statusCode());
    }

    @Test
    void badMonthsAndCurrenciesAreRefusedByNameAndAShopReadsOnlyItsOwn() {
        TestCardOrders.Placed order = TestCardOrders.paid("SB");
        TestAccounts.LoggedIn owner = order.shop().shop().owner();
        awaitSale(order.part());
        String month = YearMonth.now(ZoneOffset.UTC).toString();

        assertRefused(400, "month", get(owner, "/api/v1/vendor/statements/2026-13?currency=NOK"));
        assertRefused(400, "month", get(owner, "/api/v1/vendor/statements/december?currency=NOK"));
        assertRefused(422, "month", get(owner, "/api/v1/vendor/statements/" + YearMonth.now(ZoneOffset.UTC).plusMonths(1) + "?currency=NOK"));
        assertRefused(422, "currency", get(owner, "/api/v1/vendor/statements/" + month));
        assertRefused(422, "currency", get(owner, "/api/v1/vendor/statements/" + month + "?currency=XX"));
        assertRefused(422, "currency", get(owner, "/api/v1/vendor/statements/" + month + "?currency=EUR"));
        assertEquals(403, get(order.customer(), "/api/v1/vendor/statements/" + month + "?currency=NOK").statusCode());
        assertEquals(401, get(null, "/api/v1/vendor/statements/" + month + "?currency=NOK").statusCode());
        assertEquals(403, get(owner, "/api/v1/admin/money/shops/" + order.shop().shop().vendorId() + "/statements/" + month
                + "?currency=NOK").statusCode(), "the admins' route is for admins");
        assertEquals(404, get(ADMIN, "/api/v1/admin/money/shops/999999999/statements/" + month + "?currency=NOK").statusCode());
        assertRefused(400, "vendorId", get(ADMIN, "/api/v1/admin/money/shops/%20/statements/" + month + "?currency=NOK"));
    }

    @Test
    void theDaysReconciliationFollowsAPaymentAndTheCommissionPerDayCountsWhatWasEarned() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonObject dayBefore = today(reconciliationByDay(), today);
        long commissionBefore = commissionOf(today);

        TestCardOrders.Placed order = TestCardOrders.paid("SD");
        awaitSale(order.part());
        TestCardOrders.await(() -> minor(today(reconciliationByDay(), today), "ledger") - minor(dayBefore, "ledger") == order.totalMinor(),
                "every entry of the payment on today's line");
        JsonObject dayAfter = today(reconciliationByDay(), today);

        assertEquals(order.totalMinor(), minor(dayAfter, "paidByCard") - minor(dayBefore, "paidByCard"), "the payment on today's line");
        assertEquals(minor(dayBefore, "difference"), minor(dayAfter, "difference"), "the day's difference unchanged: " + dayAfter);
        assertEquals(dayAfter.getJsonObject("difference").getJsonNumber("amountMinor").longValue() == 0, dayAfter.getBoolean("balanced"));
        assertEquals(-entry(order.part(), "COMMISSION"), commissionOf(today) - commissionBefore, "the part's commission earned today");

        assertRefused(422, "days", get(ADMIN, "/api/v1/admin/money/reconciliation/days?days=0"));
        assertRefused(422, "days", get(ADMIN, "/api/v1/admin/money/commission/days?days=367"));
        assertRefused(400, "days", get(ADMIN, "/api/v1/admin/money/reconciliation/days?days=week"));
        assertEquals(403, get(order.shop().shop().owner(), "/api/v1/admin/money/reconciliation/days").statusCode());
        HttpResponse<String> week = get(ADMIN, "/api/v1/admin/money/commission/days?days=7");
        assertEquals(200, week.statusCode(), week.body());
        assertEquals(7, Http.jsonArray(week).getValuesAs(JsonObject.class).stream().map(d -> d.getString("day")).distinct().count(),
                "one point per day of the week asked for, a day without commission too");
    }

    private static List<JsonObject> reconciliationByDay() {
        HttpResponse<String> response = get(ADMIN, "/api/v1/admin/money/reconciliation/days");
        assertEquals(200, response.statusCode(), response.body());
        return Http.jsonArray(response).getValuesAs(JsonObject.class);
    }

    /** Today's NOK figures, or zeros before anything moved today. */
    private static JsonObject today(List<JsonObject> days, String today) {
        return days.stream().filter(d -> d.getString("day").equals(today) && d.getJsonObject("money").getString("currency").equals("NOK"))
                .map(d -> d.getJsonObject("money")).findFirst()
                .orElse(jakarta.json.Json.createObjectBuilder().add("paidByCard", zero()).add("ledger", zero()).add("difference", zero())
                        .add("balanced", true).build());
    }

    private static JsonObject zero() {
        return jakarta.json.Json.createObjectBuilder().add("amountMinor", 0).add("currency", "NOK").build();
    }

    private static long commissionOf(String today) {
        HttpResponse<String> response = get(ADMIN, "/api/v1/admin/money/commission/days?days=1");
        assertEquals(200, response.statusCode(), response.body());
        return Http.jsonArray(response).getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("day").equals(today) && d.getJsonObject("earned").getString("currency").equals("NOK"))
                .mapToLong(d -> d.getJsonObject("earned").getJsonNumber("amountMinor").longValue()).sum();
    }

    private static JsonObject statement(TestAccounts.LoggedIn who, String path) {
        HttpResponse<String> response = get(who, path);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static HttpResponse<String> get(TestAccounts.LoggedIn who, String path) {
        return Http.call("GET", path, who == null ? null : who.accessToken(), null);
    }

    private static Map<String, Long> byKind(JsonObject statement) {
        return statement.getJsonArray("byKind").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(k -> k.getString("kind"), k -> minor(k, "total")));
    }

    private static long minor(JsonObject holder, String name) {
        JsonValue money = holder.get(name);
        return money.asJsonObject().getJsonNumber("amountMinor").longValue();
    }

    /** Minor units of NOK as the CSV writes them: a signed decimal with two places. */
    private static String decimal(long minor) {
        return java.math.BigDecimal.valueOf(minor, 2).toPlainString();
    }

    private static long entry(String part, String kind) {
        return Long.parseLong(Database.single("select sum(amount_minor)::text from ledger_entry where vendor_order_number = ? and kind = ?",
                part, kind).orElseThrow());
    }

    private static void awaitSale(String part) {
        TestCardOrders.await(() -> Database.count("select count(*) from ledger_entry where vendor_order_number = ? and kind in"
                + " ('SALE', 'COMMISSION')", part) == 2, "the sale and commission of " + part + " on the ledger");
    }

    private static void assertRefused(int status, String field, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(Http.fieldErrors(response).containsKey(field), field + " named: " + response.body());
    }
}
