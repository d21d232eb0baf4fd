package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** The back office's moderation of shoppers' reviews: the reviews in one state, approve, hide with a reason. */
public final class CustomerReviewsPage extends BackOfficePage {

    public static final String PATH = "/admin/customer-reviews.xhtml";

    public CustomerReviewsPage(Browser browser) {
        super(browser);
    }

    public CustomerReviewsPage awaitShown() {
        browser.awaitText(By.tagName("h1"), "Customer reviews");
        return this;
    }

    /** The sidebar's count of reviews waiting. */
    public long waiting() {
        return Long.parseLong(browser.find(By.id("customerReviewCount")).getAttribute("textContent").strip());
    }

    /** Approves the review titled {@code title} and waits for the page to say so. */
    public void approve(String title) {
        browser.click(By.xpath("//tr[.//strong[contains(@class,'review-title') and normalize-space(.)='" + title + "']]"
                + "//button[contains(@class,'approve-review')]"));
        browser.awaitText(By.id("customerReviewsForm:messages"), "is shown on");
    }
}
