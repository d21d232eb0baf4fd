package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.CustomerReviewsPage;
import dev.bazaar.it.browser.pages.StorefrontSignInPage;
import dev.bazaar.it.browser.pages.WriteReviewPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestReviews;
import dev.bazaar.it.http.TestShopping;

/** A buyer reviews a delivered item on the storefront; once an admin approves it, the product page shows it with the new average. */
class ReviewsBrowserIT extends BrowserTest {

    @Test
    void aBuyerReviewsADeliveredItemAndAfterApprovalTheProductPageShowsItWithTheNewAverage() throws Exception {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("RB", 5);
        TestReviews.approvedReview(stocked, 5);
        TestAccounts.LoggedIn buyer = TestReviews.buyer();
        TestReviews.Delivered delivered = TestReviews.deliveredOrder(stocked, buyer);
        String slug = Database.single("select slug from product where id = ?", stocked.productId()).orElseThrow();

        StorefrontSignInPage.sentFrom(browser, "/order.xhtml?number=" + delivered.number()).signInAs(buyer.email(), TestAccounts.PASSWORD);
        browser.awaitUrl("/order.xhtml");
        WriteReviewPage form = WriteReviewPage.fromOrderPage(browser);
        assertTrue(form.reviewed().contains("Stoneware Mug"), form.reviewed());
        form.send(0, "Chipped rim", "The rim came chipped, the glaze is nice.");
        form.awaitFieldMessage("rating", "The rating is required");
        form.send(2, "Chipped rim", "The rim came chipped, the glaze is nice.");
        form.awaitMessage("Thank you! Your review appears on the product page once we have checked it.");
        browser.screenshot("reviews-written");
        assertEquals("PENDING", Database.single("select state from review where order_line_id = ?", delivered.lineId()).orElseThrow());

        try (Browser admin = new Browser()) {
            CustomerReviewsPage moderation = BackOfficeSignInPage.reachFrom(admin, CustomerReviewsPage.PATH)
                    .signInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD, CustomerReviewsPage::new).awaitShown();
            moderation.approve("Chipped rim");
            admin.screenshot("reviews-moderated");
        }

        browser.open("/p/" + slug);
        WebElement average = browser.awaitVisible(By.id("ratingAverage"));
        assertEquals("3.5", average.getAttribute("data-average"), "a 5 and a 2");
        assertTrue(average.getText().contains("3.5 out of 5 from 2 reviews"), average.getText());
        WebElement review = browser.find(By.xpath("//article[contains(@class,'review')][.//h3[contains(normalize-space(.),'Chipped rim')]]"));
        assertTrue(review.getText().contains("The rim came chipped, the glaze is nice."), review.getText());
        assertTrue(review.getText().contains("Verified purchase"), review.getText());
        assertEquals("1", browser.find(By.cssSelector("#ratingDistribution li[data-stars='2'] .star-count")).getText());
        browser.screenshot("reviews-on-product-page");
    }
}
