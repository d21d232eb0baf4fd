package dev.bazaar.it.browser.pages;

import org.openqa.selenium.By;

import dev.bazaar.it.browser.Browser;

/** A platform admin's search synonyms: the rules, a form to add one, a Remove link on each. */
public final class SearchSynonymsPage extends BackOfficePage {

    private static final By RULES = By.id("synonymRules");

    public SearchSynonymsPage(Browser browser) {
        super(browser);
    }

    public static SearchSynonymsPage open(Browser browser) {
        browser.open("/admin/synonyms.xhtml");
        return new SearchSynonymsPage(browser);
    }

    /** Adds a rule and waits until the page says it was added. */
    public void add(String term, String synonym, boolean bothWays) {
        browser.type("synonymsForm:term", term);
        browser.type("synonymsForm:synonym", synonym);
        if (bothWays != browser.find(By.id("synonymsForm:bothWays")).isSelected()) {
            browser.click(By.id("synonymsForm:bothWays"));
        }
        browser.click(By.id("synonymsForm:add"));
        awaitMessage("added");
    }

    /** The rules as the table reads, one line each ("tee → t-shirt"). */
    public String rules() {
        return browser.text(RULES);
    }

    /** Removes the rule for {@code term} and waits until its row is gone. */
    public void remove(String term) {
        By row = By.xpath("//table[@id='synonymRules']//tr[td[@class='term' and normalize-space()='" + term + "']]");
        browser.clickSettled(By.xpath("//table[@id='synonymRules']//tr[td[@class='term' and normalize-space()='" + term + "']]//a[normalize-space()='Remove']"));
        browser.wait.until(d -> d.findElements(row).isEmpty());
    }
}
