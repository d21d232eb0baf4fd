package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * Reviews and ratings (issue 20): only the buyer of a delivered line reviews it, once; admins approve or
 * hide, and the product's and the shop's tallies move in the same transaction; one helpful vote and one
 * report per account, never on one's own review; the shop answers once and no other shop can.
 */
class ReviewsApiIT {

    private static long deliveredLine(TestShopping.StockedShop stocked, TestAccounts.LoggedIn customer) {
        return TestReviews.deliveredOrder(stocked, customer).lineId();
    }

    static JsonObject productReviews(long productId, String query) {
        HttpResponse<String> answer = Http.get("/api/v1/products/" + productId + "/reviews" + query);
        assertEquals(200, answer.statusCode(), answer.body());
        return json(answer);
    }

    private static TestAccounts.LoggedIn buyer() {
        return TestAccounts.registeredAndLoggedIn("buyer");
    }

    private static long reviewsOfLine(long lineId) {
        return Database.count("select count(*) from review where order_line_id = ?", lineId);
    }

    @Test
    void onlyTheBuyerOfADeliveredLineReviewsItAndOnlyOnce() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("RV", 10);
        TestAccounts.LoggedIn customer = buyer();
        long undelivered = TestReviews.lineId(TestReviews.paidOrder(stocked, customer));
        long line = deliveredLine(stocked, customer);

        HttpResponse<String> notDelivered = TestReviews.review(customer, undelivered, 5, "Lovely", "Arrived? Not yet.");
        HttpResponse<String> notMine = TestReviews.review(buyer(), line, 5, "Lovely", "I did not buy this.");
        HttpResponse<String> tooManyStars = TestReviews.review(customer, line, 6, "Lovely", "Six stars.");
        HttpResponse<String> noStars = TestReviews.review(customer, line, 0, "Lovely", "No stars.");
        HttpResponse<String> tooLong = TestReviews.review(customer, line, 4, "", "x".repeat(4001));
        HttpResponse<String> asGuest = Http.call("POST", "/api/v1/order-lines/" + line + "/review", null, "{\"rating\":5}");
        assertEquals(0, reviewsOfLine(line) + reviewsOfLine(undelivered), "bad input writes nothing");
        HttpResponse<String> written = TestReviews.review(customer, line, 4, "Solid mug", "Keeps <b>tea</b> hot.");
        HttpResponse<String> again = TestReviews.review(customer, line, 5, "Again", "A second opinion.");

        assertEquals(409, notDelivered.statusCode(), notDelivered.body());
        assertTrue(fieldErrors(notDelivered).containsKey("orderLine"), notDelivered.body());
        assertEquals(404, notMine.statusCode(), "another customer's line does not exist for them: " + notMine.body());
        assertEquals(422, tooManyStars.statusCode(), tooManyStars.body());
        assertEquals("must be from 1 to 5 stars", fieldErrors(tooManyStars).get("rating"));
        assertEquals(422, noStars.statusCode(), noStars.body());
        assertTrue(fieldErrors(noStars).containsKey("rating"));
        assertEquals(422, tooLong.statusCode(), tooLong.body());
        assertEquals("must be at most 4000 characters", fieldErrors(tooLong).get("text"));
        assertEquals("is required", fieldErrors(tooLong).get("title"), "every broken rule at once");
        assertEquals(401, asGuest.statusCode());
        assertEquals(201, written.statusCode(), written.body());
        JsonObject review = json(written);
        assertEquals("PENDING", review.getString("state"));
        assertEquals("Keeps <b>tea</b> hot.", review.getString("text"), "kept as typed: pages escape it");
        assertEquals("Test b.", review.getString("author"), "the first name and an initial");
        assertEquals(stocked.productId(), review.getJsonNumber("productId").longValue());
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(fieldErrors(again).containsKey("orderLine"));
        assertEquals(1, reviewsOfLine(line));
        assertEquals(0, productReviews(stocked.productId(), "").getJsonObject("reviews").getInt("totalItems"),
                "a review waits for moderation before anyone sees it");
        assertEquals(0, Database.count("select count(*) from product_rating where product_id = ?", stocked.productId()));
    }

    @Test
    void approvalCountsARatingAndHidingTakesItOutInTheSameTransaction() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("RA", 10);
        TestAccounts.LoggedIn first = buyer();
        TestAccounts.LoggedIn second = buyer();
        long five = TestReviews.approvedReview(first, deliveredLine(stocked, first), 5);
        long two = TestReviews.approvedReview(second, deliveredLine(stocked, second), 2);
        String admin = TestAccounts.admin().accessToken();

        JsonObject both = productReviews(stocked.productId(), "");
        HttpResponse<String> approvedTwice = withToken("POST", "/api/v1/admin/reviews/" + five + "/approve", admin, null);
        HttpResponse<String> noReason = withToken("POST", "/api/v1/admin/reviews/" + five + "/hide", admin, "{}");
        String tallyBefore = tally(stocked);
        HttpResponse<String> hidden = withToken("POST", "/api/v1/admin/reviews/" + five + "/hide", admin,
                "{\"reason\":\"names a competitor\"}");
        JsonObject afterHiding = productReviews(stocked.productId(), "");

        assertEquals(2, both.getJsonObject("rating").getInt("count"));
        assertEquals(3.5, both.getJsonObject("rating").getJsonNumber("average").doubleValue());
        JsonArray distribution = both.getJsonObject("rating").getJsonArray("distribution");
        assertEquals(5, distribution.getJsonObject(0).getInt("stars"));
        assertEquals(List.of(1, 0, 0, 1, 0), distribution.stream().map(d -> ((JsonObject) d).getInt("count")).toList());
        assertEquals(2, both.getJsonObject("reviews").getJsonArray("items").size());
        assertTrue(both.getJsonObject("reviews").getJsonArray("items").getJsonObject(0).getBoolean("verifiedPurchase"));
        assertEquals("2 reviews, 7 stars: 1x2 1x5 | shop 2/7", tallyBefore);
        assertEquals(409, approvedTwice.statusCode(), approvedTwice.body());
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertTrue(fieldErrors(noReason).containsKey("reason"));
        assertEquals(200, hidden.statusCode(), hidden.body());
        assertEquals("HIDDEN", json(hidden).getString("state"));
        assertEquals("names a competitor", Database.single("select hidden_reason from review where id = ?", five).orElseThrow());
        assertEquals("1 reviews, 2 stars: 1x2 0x5 | shop 1/2", tally(stocked), "the hidden review left both tallies");
        assertEquals(1, afterHiding.getJsonObject("rating").getInt("count"));
        assertEquals(2.0, afterHiding.getJsonObject("rating").getJsonNumber("average").doubleValue());
        assertEquals(List.of(two), ids(afterHiding));
        HttpResponse<String> approvedAgain = withToken("POST", "/api/v1/admin/reviews/" + five + "/approve", admin, null);
        assertEquals(200, approvedAgain.statusCode(), approvedAgain.body());
        assertEquals(tallyBefore, tally(stocked), "approved again, it counts again");
        assertEquals(List.of(two, five), ids(productReviews(stocked.productId(), "?sort=lowest")));
        JsonObject secondPage = productReviews(stocked.productId(), "?sort=lowest&size=1&page=1");
        assertEquals(List.of(five), ids(secondPage), "paged: the second of two, lowest first");
        assertEquals(2, secondPage.getJsonObject("reviews").getInt("totalPages"));
    }

    @Test
    void votesAndReportsAreOncePerAccountAndNeverOnOnesOwnReview() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("RH", 10);
        TestAccounts.LoggedIn author = buyer();
        TestAccounts.LoggedIn other = buyer();
        TestAccounts.LoggedIn third = buyer();
        long older = TestReviews.approvedReview(author, deliveredLine(stocked, author), 3);
        long newer = TestReviews.approvedReview(other, deliveredLine(stocked, other), 4);
        HttpResponse<String> pendingWritten = TestReviews.review(third, deliveredLine(stocked, third), 1, "Meh", "Not for me.");
        long pending = json(pendingWritten).getJsonNumber("id").longValue();

        HttpResponse<String> ownVote = withToken("POST", "/api/v1/reviews/" + older + "/votes", author.accessToken(), null);
        HttpResponse<String> vote = withToken("POST", "/api/v1/reviews/" + older + "/votes", other.accessToken(), null);
        HttpResponse<String> secondVote = withToken("POST", "/api/v1/reviews/" + older + "/votes", other.accessToken(), null);
        HttpResponse<String> pendingVote = withToken("POST", "/api/v1/reviews/" + pending + "/votes", other.accessToken(), null);
        HttpResponse<String> noReason = withToken("POST", "/api/v1/reviews/" + newer + "/reports", third.accessToken(), "{}");
        HttpResponse<String> report = withToken("POST", "/api/v1/reviews/" + newer + "/reports", third.accessToken(),
                "{\"reason\":\"rude to the shop\"}");
        HttpResponse<String> secondReport = withToken("POST", "/api/v1/reviews/" + newer + "/reports", third.accessToken(),
                "{\"reason\":\"still rude\"}");

        assertEquals(409, ownVote.statusCode(), ownVote.body());
        assertTrue(fieldErrors(ownVote).containsKey("review"));
        assertEquals(200, vote.statusCode(), vote.body());
        assertEquals(1, json(vote).getInt("helpfulVotes"));
        assertEquals(409, secondVote.statusCode(), secondVote.body());
        assertEquals(404, pendingVote.statusCode(), "a review nobody sees cannot be voted for: " + pendingVote.body());
        assertEquals(1, Database.count("select count(*) from review_vote where review_id = ?", older));
        assertEquals("1", Database.single("select helpful_votes from review where id = ?", older).orElseThrow());
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals(204, report.statusCode(), report.body());
        assertEquals(409, secondReport.statusCode(), secondReport.body());
        assertEquals(1, Database.count("select count(*) from review_report where review_id = ?", newer));
        assertEquals(List.of(newer, older), ids(productReviews(stocked.productId(), "?sort=newest")));
        assertEquals(List.of(older, newer), ids(productReviews(stocked.productId(), "?sort=helpful")), "most helpful first");
        HttpResponse<String> badSort = Http.get("/api/v1/products/" + stocked.productId() + "/reviews?sort=stars");
        assertEquals(422, badSort.statusCode(), badSort.body());
        JsonObject approvedQueue = json(Http.getWithToken("/api/v1/admin/reviews?state=APPROVED&size=100", TestAccounts.admin().accessToken()));
        JsonObject reported = approvedQueue.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("id").longValue() == newer).findFirst().orElseThrow();
        assertEquals(1, reported.getInt("reports"), "admins see how often a review was reported");
        JsonObject pendingQueue = json(Http.getWithToken("/api/v1/admin/reviews?size=100", TestAccounts.admin().accessToken()));
        assertTrue(pendingQueue.getJsonArray("items").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getJsonNumber("id").longValue() == pending), "the queue lists what waits");
        assertEquals(403, Http.getWithToken("/api/v1/admin/reviews", author.accessToken()).statusCode());
    }

    @Test
    void theShopAnswersOnceInPublicAndAnotherShopCannot() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("RR", 10);
        TestAccounts.LoggedIn customer = buyer();
        long review = TestReviews.approvedReview(customer, deliveredLine(stocked, customer), 2);
        TestVendors.Shop otherShop = TestVendors.approvedShop();
        TestAccounts.LoggedIn staff = TestVendors.member(stocked.shop(), "VENDOR_STAFF");
        TestAccounts.LoggedIn manager = TestVendors.member(stocked.shop(), "VENDOR_MANAGER");
        String path = "/api/v1/vendor/reviews/" + review + "/reply";

        HttpResponse<String> byOtherShop = withToken("POST", path, otherShop.owner().accessToken(), "{\"text\":\"Ours is better\"}");
        HttpResponse<String> byStaff = withToken("POST", path, staff.accessToken(), "{\"text\":\"Sorry\"}");
        HttpResponse<String> byCustomer = withToken("POST", path, customer.accessToken(), "{\"text\":\"Me again\"}");
        HttpResponse<String> tooLong = withToken("POST", path, manager.accessToken(), "{\"text\":\"" + "x".repeat(2001) + "\"}");
        assertEquals(0, Database.count("select count(*) from review where id = ? and reply is not null", review), "nothing written");
        HttpResponse<String> replied = withToken("POST", path, manager.accessToken(), "{\"text\":\"Sorry to hear it: write to us.\"}");
        HttpResponse<String> repliedTwice = withToken("POST", path, stocked.shop().owner().accessToken(), "{\"text\":\"Again\"}");

        assertEquals(403, byOtherShop.statusCode(), byOtherShop.body());
        assertEquals(403, byStaff.statusCode(), byStaff.body());
        assertEquals(403, byCustomer.statusCode(), byCustomer.body());
        assertEquals(422, tooLong.statusCode(), tooLong.body());
        assertTrue(fieldErrors(tooLong).containsKey("text"));
        assertEquals(200, replied.statusCode(), replied.body());
        assertEquals(409, repliedTwice.statusCode(), repliedTwice.body());
        assertTrue(fieldErrors(repliedTwice).containsKey("reply"));
        JsonObject shown = productReviews(stocked.productId(), "").getJsonObject("reviews").getJsonArray("items").getJsonObject(0);
        assertEquals("Sorry to hear it: write to us.", shown.getString("reply"));
        assertFalse(shown.isNull("repliedAt"));
        assertEquals(manager.email(), Database.single("select replied_by from review where id = ?", review).orElseThrow());
    }

    @Test
    void scriptInAReviewIsShownAsTextOnTheProductPage() {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("RX", 10);
        TestAccounts.LoggedIn customer = buyer();
        long line = deliveredLine(stocked, customer);
        HttpResponse<String> written = TestReviews.review(customer, line, 1, "<img src=x onerror=alert(1)>", "<script>alert('review')</script> bad");
        HttpResponse<String> approved = withToken("POST", "/api/v1/admin/reviews/" + json(written).getJsonNumber("id") + "/approve",
                TestAccounts.admin().accessToken(), null);
        assertEquals(200, approved.statusCode(), approved.body());
        String slug = Database.single("select slug from product where id = ?", stocked.productId()).orElseThrow();

        HttpResponse<String> page = Http.get("/p/" + slug);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("&lt;script&gt;alert("), "the text is escaped");
        assertFalse(page.body().contains("<script>alert('review')"), "no script from a review reaches the page");
        assertFalse(page.body().contains("<img src=x"), "no markup from a review title reaches the page");
    }

    private static String tally(TestShopping.StockedShop stocked) {
        return Database.single("select p.review_count || ' reviews, ' || p.rating_sum || ' stars: ' || p.stars_2 || 'x2 ' || p.stars_5"
                + " || 'x5 | shop ' || s.review_count || '/' || s.rating_sum from product_rating p join shop_rating s"
                + " on s.vendor_id = p.vendor_id where p.product_id = ?", stocked.productId()).orElseThrow();
    }

    private static List<Long> ids(JsonObject productReviews) {
        return productReviews.getJsonObject("reviews").getJsonArray("items").stream()
                .map(r -> ((JsonObject) r).getJsonNumber("id").longValue()).toList();
    }
}
