package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** A platform admin's shops: every application and shop, and the platform's default commission. */
public final class VendorsPage extends BackOfficePage {

    public VendorsPage(Browser browser) {
        super(browser);
    }

    public static VendorsPage open(Browser browser) {
        browser.open("/admin/vendors.xhtml");
        return new VendorsPage(browser);
    }

    /** Searches for the shop until it is the only row, and opens it. */
    public VendorPage openShop(String slug) {
        searchForTheOnlyRow("vendorsForm", "vendors", slug);
        browser.clickSettled(By.cssSelector("#vendorsForm\\:vendors_data .vendor-name"));
        return new VendorPage(browser);
    }

    /** Sets the commission new shops pay, in percent. */
    public void setDefaultCommission(String percent) {
        browser.type("commissionForm:defaultCommission", percent);
        browser.click(By.id("commissionForm:saveDefault"));
    }

    /** Waits until the messages over the list say {@code text}. */
    public void awaitFormMessage(String text) {
        browser.awaitText(By.id("vendorsForm:messages"), text);
    }
}
