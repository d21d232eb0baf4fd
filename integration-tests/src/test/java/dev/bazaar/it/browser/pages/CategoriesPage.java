package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** A platform admin's category tree. */
public final class CategoriesPage extends BackOfficePage {

    public CategoriesPage(Browser browser) {
        super(browser);
    }

    public static CategoriesPage open(Browser browser) {
        browser.open("/admin/categories.xhtml");
        return new CategoriesPage(browser);
    }

    /** Adds a category under the parent with slug {@code parentSlug}. */
    public void add(String name, String slug, String parentSlug) {
        browser.type("categoriesForm:newName", name);
        browser.type("categoriesForm:newSlug", slug);
        browser.select(By.id("categoriesForm:newParent")).selectByValue(parentSlug);
        browser.click(By.id("categoriesForm:create"));
    }

    /** Renames the category with slug {@code slug} in its row. */
    public void rename(String slug, String name) {
        String row = "//tr[.//a[normalize-space()='/c/" + slug + "']]";
        browser.clickSettled(By.xpath(row + "//a[normalize-space()='Rename or move']"));
        browser.type(By.cssSelector("input[id$='editName']"), name);
        browser.click(By.cssSelector("button[id$=':save']"));
    }
}
