package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.MyShopPage;
import dev.bazaar.it.browser.pages.ProductEditorPage;
import dev.bazaar.it.browser.pages.ProductPage;
import dev.bazaar.it.browser.pages.ProductsPage;
import dev.bazaar.it.browser.pages.SearchResultsPage;
import dev.bazaar.it.browser.pages.SellPage;
import dev.bazaar.it.browser.pages.StorefrontPage;
import dev.bazaar.it.browser.pages.StorefrontSignInPage;
import dev.bazaar.it.browser.pages.VendorPage;
import dev.bazaar.it.browser.pages.VendorsPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestCatalog;
import dev.bazaar.it.http.TestPictures;

/**
 * The catalog from end to end, as people do it: someone applies to sell and a platform admin approves
 * the shop; the new owner adds a stock location, creates a product with two variants and a picture,
 * stocks it and sends it for review; the admin approves it; a shopper finds it with a typo, narrows by
 * a facet, opens it and sees the chosen variant's price and the picture.
 */
class CatalogJourneyBrowserIT extends BrowserTest {

    private static final String PASSWORD = "journey-password-2026";

    private final String email = "maker-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    private final String shopSlug = "maker-" + UUID.randomUUID().toString().substring(0, 8);
    private final String word = TestCatalog.madeUpWord();
    private final String productName = word + " Teapot";

    @Test
    void fromApplicationToAShopperFindingTheProduct() throws Exception {
        TestAccounts.registerVerified(email, PASSWORD, "Mia Maker");

        // the owner works in the test's own browser, which is the shopper's at the end
        try (Browser applicant = new Browser(); Browser admin = new Browser()) {
            applyToSellOnTheStorefront(applicant);
            anAdminApprovesTheShop(admin);
            theOwnerAddsAStockLocation();
            ProductEditorPage teapot = theOwnerCreatesTheProductWithItsFirstVariant();
            long productId = Long.parseLong(Database.single("select id from product where name = ?", productName).orElseThrow());
            addASecondVariant(teapot);
            addAPictureOnlyTheShopSeesWhileItIsADraft(teapot, productId);
            stockTheSecondVariant(teapot, productId);
            teapot.submitForReview();
            teapot.awaitStatus("PENDING_REVIEW");
            theAdminApprovesTheProductFromTheList(admin);
        }
        aShopperFindsItDespiteATypoNarrowsByAFacetAndSeesTheVariantsPriceAndPicture();
    }

    private void applyToSellOnTheStorefront(Browser applicant) {
        StorefrontSignInPage signIn = StorefrontSignInPage.open(applicant);
        signIn.signInAs(email, PASSWORD);
        signIn.awaitLeft();
        SellPage sell = SellPage.open(applicant);
        sell.describeShop("Mia's Teapots", shopSlug, "Mia Maker AS", "NO 912 345 678", "NO", "NOK");
        sell.apply();
        sell.awaitStatus("Waiting for review");
    }

    private void anAdminApprovesTheShop(Browser admin) {
        BackOfficeSignInPage.signIn(admin, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        VendorPage shop = VendorsPage.open(admin).openShop(shopSlug);
        shop.approve();
        shop.awaitStatus("APPROVED");
    }

    private void theOwnerAddsAStockLocation() {
        BackOfficeSignInPage.signIn(browser, email, PASSWORD);
        MyShopPage shop = MyShopPage.open(browser);
        shop.addLocation("Workshop", "Kaigata 1", "5003", "Bergen", "NO");
        shop.awaitLocations("Workshop");
    }

    private ProductEditorPage theOwnerCreatesTheProductWithItsFirstVariant() {
        ProductEditorPage teapot = ProductsPage.open(browser).newProduct()
                .name(productName)
                .slug(word.toLowerCase() + "-teapot")
                .brand("Mia")
                .category("Kitchen")
                .description("<p>Thrown by hand.</p><script>alert('x')</script>")
                .attributes("material: stoneware")
                .firstVariant("TEA-S", "size=S", "450")
                .create();
        teapot.awaitStatus("DRAFT");
        return teapot;
    }

    private static void addASecondVariant(ProductEditorPage teapot) {
        teapot.addVariant("TEA-L", "size=L", "520");
        teapot.awaitVariants("TEA-L");
    }

    private void addAPictureOnlyTheShopSeesWhileItIsADraft(ProductEditorPage teapot, long productId) throws IOException {
        Path picture = Files.createTempFile("teapot", ".jpg");
        Files.write(picture, TestPictures.jpeg(900, 600));
        teapot.uploadPicture(picture, "A blue teapot");
        teapot.awaitMessage("added");
        assertTrue(teapot.pictureShown());
        Files.delete(picture);

        String draftPicture = "/admin/images/" + Database.single("select id from image where product_id = ?", productId).orElseThrow() + "/thumb";
        assertEquals(200, browser.fetchStatus(draftPicture), "the shop sees its draft's picture");
        assertEquals(404, browser.fetchStatus("/api/v1/images/" + draftPicture.substring("/admin/images/".length())),
                "a draft's picture is not public");
        try (Browser otherShop = new Browser()) {
            BackOfficeSignInPage.signIn(otherShop, DemoAccounts.NORDIC_MANAGER, DemoAccounts.PASSWORD);
            assertEquals(404, otherShop.fetchStatus(draftPicture), "another shop never sees it");
            assertTrue(ProductEditorPage.open(otherShop, productId).messages().contains("No product with id " + productId));
        }
    }

    private void stockTheSecondVariant(ProductEditorPage teapot, long productId) throws IOException {
        assertTrue(teapot.stock().contains("TEA-L"), "the stock table has a line for the variant added a moment ago");
        teapot.addStock("TEA-L L", "6", "First firing");
        teapot.awaitMessage("Stock saved.");
        teapot.awaitStock("6 / 0");
        assertEquals(1, Database.count("select count(*) from stock_movement m join product_variant v on v.id = m.variant_id"
                + " where v.product_id = ? and m.reason = 'First firing' and m.on_hand_delta = 6", productId));
        browser.screenshot("60-back-office-product-editor");
    }

    private void theAdminApprovesTheProductFromTheList(Browser admin) {
        ProductsPage products = ProductsPage.open(admin);
        products.filterByName(word).awaitTheOnlyRow(productName);
        products.awaitThumbnail();
        ProductEditorPage teapot = products.openProduct(productName);
        teapot.approve();
        teapot.awaitStatus("ACTIVE");
    }

    private void aShopperFindsItDespiteATypoNarrowsByAFacetAndSeesTheVariantsPriceAndPicture() throws IOException {
        SearchResultsPage results = StorefrontPage.open(browser, "/").search(TestCatalog.typo(word));
        results.awaitResultCount("1 product");
        results.narrowBy("material", "stoneware");
        results.awaitUrl("attr=material%3Astoneware");
        assertTrue(results.firstPictureShown());

        ProductPage teapot = results.openProduct(productName);
        teapot.awaitName(productName);
        assertTrue(teapot.variantPrice().contains("520.00"), "the stocked variant comes first");
        assertEquals("In stock", teapot.availability());
        teapot.chooseVariant("S (sold out)");
        teapot.awaitVariantPrice("450.00");
        assertEquals("Sold out", teapot.availability());
        teapot.awaitMainImage();
        assertEquals("A blue teapot", teapot.mainImageAlt());
        assertTrue(!teapot.source().contains("alert('x')"), "the script never reaches the page");
        browser.screenshot("61-storefront-product-with-picture");
    }
}
