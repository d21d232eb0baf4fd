package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.ProductEditorPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestShopping;

/** The product editor: its tabs, and one Save that keeps what was changed on every tab. */
class ProductEditorBrowserIT extends BrowserTest {

    @Test
    void oneSaveKeepsTheDetailsANewVariantAndAStockChangeMadeOnThreeTabs() throws Exception {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("ED", 2);
        BackOfficeSignInPage.signIn(browser, stocked.shop().owner().email(), TestAccounts.PASSWORD);
        ProductEditorPage editor = ProductEditorPage.open(browser, stocked.productId());
        assertEquals(List.of("Details", "Variants & prices", "Pictures", "Stock"), editor.tabs());
        assertEquals(1, editor.saveButtons());

        editor.rename("Glazed Stoneware Mug");
        editor.enterVariant("ED-XL", "size=XL", "299");
        editor.enterStockIn(stocked.small(), "7", "Second firing");
        editor.save();

        editor.awaitMessage("Details saved.");
        editor.awaitMessage("Variant ED-XL added.");
        editor.awaitMessage("Stock saved.");
        assertEquals("Glazed Stoneware Mug", Database.single("select name from product where id = ?", stocked.productId()).orElseThrow());
        assertEquals(1, Database.count("select count(*) from product_variant where product_id = ? and sku = 'ED-XL' and price_amount = 29900",
                stocked.productId()));
        assertEquals("9/0", TestShopping.stock(stocked.small()));
        editor.awaitVariants("ED-XL");
        browser.screenshot("98-back-office-editor-saved");
    }

    @Test
    void aRefusalInTheLastPartSavesNothingAndShowsItBesideItsFieldOnItsTab() throws Exception {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("EE", 2);
        BackOfficeSignInPage.signIn(browser, stocked.shop().owner().email(), TestAccounts.PASSWORD);
        ProductEditorPage editor = ProductEditorPage.open(browser, stocked.productId());
        String name = Database.single("select name from product where id = ?", stocked.productId()).orElseThrow();

        editor.rename("Speckled Mug");
        editor.enterVariant("EE-XL", "size=XL", "299");
        editor.enterStockIn(stocked.small(), "4", " ");
        editor.save();

        editor.awaitMessage("Nothing was saved");
        assertEquals("Stock", editor.activeTab(), "the tab with the refusal is shown");
        assertEquals("Why is required: say why the stock changes", editor.messageBeside("reason"));
        assertEquals(name, Database.single("select name from product where id = ?", stocked.productId()).orElseThrow(),
                "the details, saved first, were rolled back");
        assertEquals(0, Database.count("select count(*) from product_variant where sku = 'EE-XL'"), "the variant was rolled back");
        assertEquals("2/0", TestShopping.stock(stocked.small()));
        assertEquals("Speckled Mug", editor.field("name"), "what was typed is still there to be fixed");
        browser.screenshot("99-back-office-editor-refused");

        editor.enterStockIn(stocked.small(), "4", "Kiln delivery");
        editor.save();
        editor.awaitMessage("Stock saved.");
        assertEquals("Speckled Mug", Database.single("select name from product where id = ?", stocked.productId()).orElseThrow());
        assertEquals(1, Database.count("select count(*) from product_variant where sku = 'EE-XL'"));
        assertEquals("6/0", TestShopping.stock(stocked.small()));
    }

    @Test
    void aVariantRefusedAfterTheDetailsLeavesTheDetailsAsTheyWere() throws Exception {
        TestShopping.StockedShop stocked = TestShopping.stockedShop("EF", 2);
        BackOfficeSignInPage.signIn(browser, stocked.shop().owner().email(), TestAccounts.PASSWORD);
        ProductEditorPage editor = ProductEditorPage.open(browser, stocked.productId());
        String name = Database.single("select name from product where id = ?", stocked.productId()).orElseThrow();

        editor.rename("Speckled Jug");
        editor.enterVariant("EF-XL", "size=XL", "not a price");
        editor.showTab("Details");
        editor.save();

        editor.awaitMessage("Nothing was saved");
        assertEquals("Variants & prices", editor.activeTab());
        assertTrue(editor.messageBeside("variantPrice").contains("'not a price' is not a number"), editor.messageBeside("variantPrice"));
        assertEquals(name, Database.single("select name from product where id = ?", stocked.productId()).orElseThrow());
        assertEquals(0, Database.count("select count(*) from product_variant where sku = 'EF-XL'"));
    }
}
