package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    @Test
    void fromApplicationToAShopperFindingTheProduct() throws Exception {
        String email = "maker-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        String shopSlug = "maker-" + UUID.randomUUID().toString().substring(0, 8);
        String word = TestCatalog.madeUpWord();
        String productName = word + " Teapot";
        TestAccounts.registerVerified(email, PASSWORD, "Mia Maker");

        try (Browser applicant = new Browser(); Browser admin = new Browser()) {
            WebDriverWait applicantWait = new WebDriverWait(applicant.driver, Duration.ofSeconds(30));
            WebDriverWait adminWait = new WebDriverWait(admin.driver, Duration.ofSeconds(30));
            Browser vendor = browser;
            WebDriverWait vendorWait = wait;

            // 1. apply to sell on the storefront
            applicant.open("/login.xhtml");
            typeIn(applicantWait, "loginForm:email", email);
            typeIn(applicantWait, "loginForm:password", PASSWORD);
            applicant.driver.findElement(By.id("loginForm:submit")).click();
            applicantWait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.xhtml")));
            applicant.open("/sell.xhtml");
            typeIn(applicantWait, "applicationForm:shopName", "Mia's Teapots");
            typeIn(applicantWait, "applicationForm:slug", shopSlug);
            typeIn(applicantWait, "applicationForm:legalName", "Mia Maker AS");
            typeIn(applicantWait, "applicationForm:registrationNumber", "NO 912 345 678");
            new Select(applicant.driver.findElement(By.id("applicationForm:country"))).selectByValue("NO");
            new Select(applicant.driver.findElement(By.id("applicationForm:payoutCurrency"))).selectByValue("NOK");
            applicant.driver.findElement(By.id("applicationForm:apply")).click();
            applicantWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("applicationStatus"), "PENDING"));

            // 2. a platform admin approves the shop
            admin.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
            adminWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
            admin.open("/admin/vendors.xhtml");
            searchForTheOnlyRow(admin, adminWait, "vendorsForm", "vendors", shopSlug);
            clickSettled(adminWait, By.cssSelector("#vendorsForm\\:vendors_data .vendor-name"));
            adminWait.until(ExpectedConditions.elementToBeClickable(By.id("decisionForm:approve"))).click();
            adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "APPROVED"));

            // 3. the owner signs in to the back office and adds a stock location
            vendor.signInToBackOffice(email, PASSWORD);
            vendorWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
            vendor.open("/admin/shop.xhtml");
            typeIn(vendorWait, "locationsForm:locationName", "Workshop");
            typeIn(vendorWait, "locationsForm:line1", "Kaigata 1");
            typeIn(vendorWait, "locationsForm:postalCode", "5003");
            typeIn(vendorWait, "locationsForm:city", "Bergen");
            typeIn(vendorWait, "locationsForm:country", "NO");
            vendor.driver.findElement(By.id("locationsForm:addLocation")).click();
            vendorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("locationsForm:locations"), "Workshop"));

            // 4. ... creates the product with its first variant
            vendor.open("/admin/");
            vendorWait.until(ExpectedConditions.elementToBeClickable(By.id("newProduct"))).click();
            typeIn(vendorWait, "newProductForm:name", productName);
            typeIn(vendorWait, "newProductForm:slug", word.toLowerCase() + "-teapot");
            typeIn(vendorWait, "newProductForm:brand", "Mia");
            new Select(vendor.driver.findElement(By.id("newProductForm:category"))).selectByVisibleText("Kitchen");
            typeIn(vendorWait, "newProductForm:description", "<p>Thrown by hand.</p><script>alert('x')</script>");
            typeIn(vendorWait, "newProductForm:attributes", "material: stoneware");
            typeIn(vendorWait, "newProductForm:sku", "TEA-S");
            typeIn(vendorWait, "newProductForm:options", "size=S");
            typeIn(vendorWait, "newProductForm:price", "450");
            vendor.driver.findElement(By.id("newProductForm:create")).click();
            vendorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productStatus"), "DRAFT"));
            long productId = Long.parseLong(Database.single("select id from product where name = ?", productName).orElseThrow());

            // ... a second variant, a picture and stock
            typeIn(vendorWait, "variantForm:sku", "TEA-L");
            typeIn(vendorWait, "variantForm:options", "size=L");
            typeIn(vendorWait, "variantForm:price", "520");
            vendor.driver.findElement(By.id("variantForm:saveVariant")).click();
            vendorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("variantsForm:variants"), "TEA-L"));

            Path picture = Files.createTempFile("teapot", ".jpg");
            Files.write(picture, TestPictures.jpeg(900, 600));
            vendor.driver.findElement(By.id("picturesForm:file")).sendKeys(picture.toString());
            typeIn(vendorWait, "picturesForm:altText", "A blue teapot");
            vendor.driver.findElement(By.id("picturesForm:upload")).click();
            vendorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "added"));
            assertTrue((Boolean) vendor.driver.executeScript(
                    "const img = document.querySelector('.picture-grid img'); return img.complete && img.naturalWidth > 0;"));
            Files.delete(picture);
            String draftPicture = "/admin/images/" + Database.single("select id from image where product_id = ?", productId).orElseThrow() + "/thumb";
            assertEquals(200, status(vendor, draftPicture), "the shop sees its draft's picture");
            assertEquals(404, status(vendor, "/api/v1/images/" + draftPicture.substring("/admin/images/".length())),
                    "a draft's picture is not public");
            try (Browser otherShop = new Browser()) {
                otherShop.signInToBackOffice(DemoAccounts.NORDIC_MANAGER, DemoAccounts.PASSWORD);
                new WebDriverWait(otherShop.driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
                assertEquals(404, status(otherShop, draftPicture), "another shop never sees it");
                otherShop.open("/admin/product.xhtml?id=" + productId);
                assertTrue(otherShop.driver.findElement(By.id("globalMessages")).getText().contains("No product with id " + productId));
            }

            assertTrue(vendor.driver.findElement(By.id("stockTable")).getText().contains("TEA-L"),
                    "the stock table has a line for the variant added a moment ago");
            new Select(vendor.driver.findElement(By.id("stockForm:stockVariant"))).selectByVisibleText("TEA-L L");
            typeIn(vendorWait, "stockForm:quantity", "6");
            typeIn(vendorWait, "stockForm:reason", "First firing");
            vendor.driver.findElement(By.id("stockForm:applyStock")).click();
            vendorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Stock saved."));
            vendorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stockTable"), "6 / 0"));
            assertEquals(1, Database.count("select count(*) from stock_movement m join product_variant v on v.id = m.variant_id"
                    + " where v.product_id = ? and m.reason = 'First firing' and m.on_hand_delta = 6", productId));
            vendor.screenshot("60-back-office-product-editor");

            vendor.driver.findElement(By.id("statusForm:submit")).click();
            vendorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productStatus"), "PENDING_REVIEW"));

            // 5. the admin approves the product from the back office's list
            admin.open("/admin/");
            adminWait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#productsForm\\:products thead input.ui-column-filter"))).sendKeys(word);
            adminWait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector("#productsForm\\:products_data tr")).size() == 1
                    && d.findElement(By.id("productsForm:products_data")).getText().contains(productName));
            adminWait.until(d -> (Boolean) admin.driver.executeScript(
                    "const img = document.querySelector('#productsForm\\\\:products_data .thumb-cell img');"
                    + " return img != null && img.complete && img.naturalWidth > 0;"));
            admin.driver.findElement(By.linkText(productName)).click();
            adminWait.until(ExpectedConditions.elementToBeClickable(By.id("statusForm:approve"))).click();
            adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productStatus"), "ACTIVE"));
        }

        // 6. a shopper finds it despite a typo, narrows by a facet and sees the chosen variant's price
        browser.open("/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("searchForm:q_input"))).sendKeys(TestCatalog.typo(word));
        browser.driver.findElement(By.id("searchForm:go")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultCount"), "1 product"));
        browser.driver.findElement(By.xpath("//div[@data-attribute='material']//a[normalize-space()='stoneware']")).click();
        wait.until(ExpectedConditions.urlContains("attr=material%3Astoneware"));
        assertTrue((Boolean) browser.driver.executeScript(
                "const img = document.querySelector('.product-card .picture img'); return img != null && img.complete && img.naturalWidth > 0;"));
        browser.driver.findElement(By.linkText(productName)).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productName"), productName));
        assertTrue(browser.driver.findElement(By.id("variantPrice")).getText().contains("520.00"), "the stocked variant comes first");
        assertEquals("In stock", browser.driver.findElement(By.id("availability")).getText());
        new Select(browser.driver.findElement(By.id("buyForm:variant"))).selectByVisibleText("S (sold out)");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("variantPrice"), "450.00"));
        assertEquals("Sold out", browser.driver.findElement(By.id("availability")).getText());
        wait.until(d -> (Boolean) browser.driver.executeScript(
                "const img = document.getElementById('mainImage'); return img.complete && img.naturalWidth > 0;"));
        assertEquals("A blue teapot", browser.driver.findElement(By.id("mainImage")).getAttribute("alt"));
        assertTrue(!browser.driver.getPageSource().contains("alert('x')"), "the script never reaches the page");
        browser.screenshot("61-storefront-product-with-picture");
    }

    /** The HTTP status of a GET made by the page in this browser (with its session). */
    private static long status(Browser in, String path) {
        return (Long) in.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status)).catch(() => done(-1));", path);
    }

    private static void typeIn(WebDriverWait until, String id, String text) {
        var field = until.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }
}
