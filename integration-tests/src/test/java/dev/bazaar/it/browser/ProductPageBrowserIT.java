package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Http;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestCatalog;
import dev.bazaar.it.http.TestVendors;

/** A shopper opens a product at its readable address and picks a variant: its price and availability follow. */
class ProductPageBrowserIT extends BrowserTest {

    @Test
    void aShopperPicksAVariantAndSeesItsPriceAndAvailability() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String slug = "mug-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Http.withToken("POST", "/api/v1/vendor/products", shop.owner().accessToken(),
                TestCatalog.product(slug, "PAGE" + slug.substring(4), "199", "249"));
        long productId = Http.json(created).getJsonNumber("id").longValue();
        long large = Long.parseLong(Database.single("select id from product_variant where product_id = ? and sku like '%-L'", productId).orElseThrow());
        HttpResponse<String> location = Http.withToken("POST", "/api/v1/vendor/stock-locations", shop.owner().accessToken(),
                "{\"name\":\"Studio\",\"line1\":\"Kaigata 1\",\"city\":\"Oslo\",\"postalCode\":\"0150\",\"country\":\"NO\"}");
        long locationId = Http.json(location).getJsonNumber("id").longValue();
        Http.withToken("POST", "/api/v1/vendor/variants/" + large + "/stock-adjustments", shop.owner().accessToken(),
                "{\"locationId\":" + locationId + ",\"delta\":4,\"reason\":\"first firing\"}");
        Http.withToken("POST", "/api/v1/vendor/products/" + productId + "/submit", shop.owner().accessToken(), null);
        assertEquals(200, Http.withToken("POST", "/api/v1/admin/products/" + productId + "/approve",
                TestAccounts.admin().accessToken(), null).statusCode());

        browser.open("/p/" + slug);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productName"), "Stoneware Mug"));
        assertEquals("Stoneware Mug · Bazaar", browser.driver.getTitle());
        assertTrue(browser.driver.findElement(By.cssSelector("meta[name=description]")).getAttribute("content")
                .startsWith("Stoneware Mug by Fjord Ceramics: Hand-thrown stoneware."));
        assertTrue(browser.driver.findElement(By.id("variantPrice")).getText().contains("249.00"), "the variant in stock is chosen first");
        assertEquals("In stock", browser.driver.findElement(By.id("availability")).getText());
        new Select(browser.driver.findElement(By.id("buyForm:variant"))).selectByVisibleText("S (sold out)");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("variantPrice"), "199.00"));
        assertEquals("Sold out", browser.driver.findElement(By.id("availability")).getText());
        browser.screenshot("40-storefront-product-page");

        browser.driver.findElement(By.id("vendorLink")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shopName"), "Fjord Ceramics"));
        assertTrue(browser.driver.findElement(By.className("product-grid")).getText().contains("Stoneware Mug"));
    }

    @Test
    void aDraftIsNotShownToShoppers() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String slug = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        Http.withToken("POST", "/api/v1/vendor/products", shop.owner().accessToken(),
                TestCatalog.product(slug, "DRAFT" + slug.substring(6), "10", "12"));

        browser.open("/p/" + slug);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "This product is not on Bazaar"));
    }
}
