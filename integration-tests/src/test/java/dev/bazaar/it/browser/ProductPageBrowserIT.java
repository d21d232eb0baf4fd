package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.ProductPage;
import dev.bazaar.it.browser.pages.ShopPage;
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
        publishedWithOnlyTheLargeInStock(shop, slug);

        ProductPage mug = ProductPage.open(browser, slug);

        mug.awaitName("Stoneware Mug");
        assertEquals("Stoneware Mug · Bazaar", mug.title());
        assertTrue(mug.description().startsWith("Stoneware Mug by Fjord Ceramics: Hand-thrown stoneware."));
        assertTrue(mug.variantPrice().contains("249.00"), "the variant in stock is chosen first");
        assertEquals("In stock", mug.availability());
        mug.chooseVariant("S (sold out)");
        mug.awaitVariantPrice("199.00");
        assertEquals("Sold out", mug.availability());
        browser.screenshot("40-storefront-product-page");

        ShopPage fjord = mug.openShop();
        fjord.awaitName("Fjord Ceramics");
        assertTrue(fjord.products().contains("Stoneware Mug"));
    }

    @Test
    void aDraftIsNotShownToShoppers() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String slug = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        Http.withToken("POST", "/api/v1/vendor/products", shop.owner().accessToken(),
                TestCatalog.product(slug, "DRAFT" + slug.substring(6), "10", "12"));

        ProductPage.open(browser, slug).awaitHeading("This product is not on Bazaar");
    }

    /** A mug at {@code slug} (S at 199, L at 249 NOK) with 4 large ones in stock, the small sold out, approved by the admin. */
    private static void publishedWithOnlyTheLargeInStock(TestVendors.Shop shop, String slug) {
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
    }
}
