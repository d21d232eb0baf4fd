package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * Bulk actions follow the single actions' rules: a shop acts on its own products and orders only. Another
 * shop's ids in a selection are refused as unknown, and nothing of theirs changes, while the shop's own
 * rows go ahead; a row whose status does not allow the action is refused with the reason.
 */
class BulkActionsApiIT {

    @Test
    void aShopSubmitsItsOwnDraftsInBulkAndAnotherShopsDraftIsRefusedUnchanged() {
        TestVendors.Shop mine = TestVendors.approvedShop();
        TestVendors.Shop theirs = TestVendors.approvedShop();
        long first = TestCatalog.draft(mine, TestCatalog.madeUpWord() + " Jug", "clay", "100", "120");
        long second = TestCatalog.draft(mine, TestCatalog.madeUpWord() + " Jug", "clay", "100", "120");
        long others = TestCatalog.draft(theirs, TestCatalog.madeUpWord() + " Jug", "clay", "100", "120");

        HttpResponse<String> submitted = withToken("POST", "/api/v1/vendor/products/bulk/submit", mine.owner().accessToken(),
                ids(first, second, others));

        assertEquals(200, submitted.statusCode(), submitted.body());
        JsonObject outcome = json(submitted);
        assertEquals(List.of(String.valueOf(first), String.valueOf(second)), done(outcome));
        assertEquals(Map.of(String.valueOf(others), "no such product in your shop"), refused(outcome));
        assertEquals("PENDING_REVIEW", status(first));
        assertEquals("PENDING_REVIEW", status(second));
        assertEquals("DRAFT", status(others), "the other shop's draft is untouched");
    }

    @Test
    void aShopCannotArchiveAnotherShopsProductsInBulk() {
        TestVendors.Shop mine = TestVendors.approvedShop();
        TestShopping.StockedShop theirs = TestShopping.stockedShop("BX", 2);
        String updatedBefore = Database.single("select updated_at::text from product where id = ?", theirs.productId()).orElseThrow();

        HttpResponse<String> archived = withToken("POST", "/api/v1/vendor/products/bulk/archive", mine.owner().accessToken(),
                ids(theirs.productId()));

        assertEquals(200, archived.statusCode(), archived.body());
        assertEquals(List.of(), done(json(archived)));
        assertEquals(Map.of(String.valueOf(theirs.productId()), "no such product in your shop"), refused(json(archived)));
        assertEquals("ACTIVE", status(theirs.productId()));
        assertEquals(updatedBefore, Database.single("select updated_at::text from product where id = ?", theirs.productId()).orElseThrow());
    }

    @Test
    void aProductWhoseStatusDoesNotAllowTheActionIsRefusedWithTheReasonAndTheOthersGoAhead() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long draft = TestCatalog.draft(shop, TestCatalog.madeUpWord() + " Bowl", "oak", "80", "90");
        long waiting = TestCatalog.draft(shop, TestCatalog.madeUpWord() + " Bowl", "oak", "80", "90");
        assertEquals(200, withToken("POST", "/api/v1/vendor/products/" + waiting + "/submit", shop.owner().accessToken(), null).statusCode());

        HttpResponse<String> archived = withToken("POST", "/api/v1/vendor/products/bulk/archive", shop.owner().accessToken(),
                ids(draft, waiting));

        assertEquals(200, archived.statusCode(), archived.body());
        assertEquals(List.of(String.valueOf(draft)), done(json(archived)));
        String reason = refused(json(archived)).get(String.valueOf(waiting));
        assertEquals(true, reason != null && reason.contains("(Waiting for review)"), reason);
        assertEquals("ARCHIVED", status(draft));
        assertEquals("PENDING_REVIEW", status(waiting));
    }

    @Test
    void aShopAcceptsItsOwnPaidOrdersInBulkAndAnotherShopsOrderIsRefusedUnchanged() {
        TestShopping.StockedShop mine = TestShopping.stockedShop("BA", 5);
        TestShopping.StockedShop theirs = TestShopping.stockedShop("BB", 5);
        String own = paidPart(mine);
        String others = paidPart(theirs);

        HttpResponse<String> accepted = withToken("POST", "/api/v1/vendor/orders/bulk/accept", mine.shop().owner().accessToken(),
                Json.createObjectBuilder().add("numbers", Json.createArrayBuilder().add(own).add(others)).build().toString());

        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(List.of(own), done(json(accepted)));
        assertEquals(Map.of(others, "your shop has no such order"), refused(json(accepted)));
        assertEquals("ACCEPTED", orderStatus(own));
        assertEquals("PAID", orderStatus(others), "the other shop's order is untouched");
        assertEquals(0, Database.count("select count(*) from vendor_order_status_change c join vendor_order o on o.id = c.vendor_order_id"
                + " where o.number = ? and c.to_status = 'ACCEPTED'", others));
    }

    @Test
    void anEmptySelectionIsRefusedByFieldAndChangesNothing() {
        TestVendors.Shop shop = TestVendors.approvedShop();

        HttpResponse<String> empty = withToken("POST", "/api/v1/vendor/products/bulk/submit", shop.owner().accessToken(), "{\"ids\":[]}");

        assertEquals(422, empty.statusCode(), empty.body());
        assertEquals(true, Http.fieldErrors(empty).containsKey("ids"), empty.body());
    }

    /** A manual-payment order of one unit, marked paid by the admin: the shop's part, waiting to be accepted. */
    private static String paidPart(TestShopping.StockedShop stocked) {
        String number = TestShopping.placedOrder(TestShopping.customerWith(stocked.small(), 1)).getString("number");
        HttpResponse<String> paid = withToken("POST", "/api/v1/admin/orders/" + number + "/mark-paid", TestAccounts.admin().accessToken(), null);
        assertEquals(200, paid.statusCode(), paid.body());
        return number + "-1";
    }

    private static String ids(long... ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (long id : ids) {
            array.add(id);
        }
        return Json.createObjectBuilder().add("ids", array).build().toString();
    }

    private static List<String> done(JsonObject outcome) {
        return outcome.getJsonArray("done").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Map<String, String> refused(JsonObject outcome) {
        return outcome.getJsonArray("refused").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("id"), r -> r.getString("reason")));
    }

    private static String status(long productId) {
        return Database.single("select status from product where id = ?", productId).orElseThrow();
    }

    private static String orderStatus(String number) {
        return Database.single("select status from vendor_order where number = ?", number).orElseThrow();
    }
}
