package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** /api/v1/vendor/shop: a shop's own description, return policy and logo, and what shoppers see of them. */
public class VendorShopApiIT {

    private static final String SHOP = "/api/v1/vendor/shop";

    @Test
    void anOwnerDescribesTheShopAndShoppersSeeItWithoutScripts() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String body = Json.createObjectBuilder()
                .add("description", "<p>Small-batch <b>ceramics</b><script>alert(1)</script></p>")
                .add("returnPolicy", "Returns within 30 days.\nUnused items only.").build().toString();

        HttpResponse<String> saved = withToken("PUT", SHOP, shop.owner().accessToken(), body);

        assertEquals(200, saved.statusCode(), saved.body());
        String stored = Database.single("select description from vendor where id = ?", shop.vendorId()).orElseThrow();
        assertFalse(stored.contains("script"), stored);
        assertTrue(stored.contains("<b>ceramics</b>"), stored);
        JsonObject shown = json(Http.get("/api/v1/vendors/" + shop.slug()));
        assertEquals("Returns within 30 days.\nUnused items only.", shown.getString("returnPolicy"));
        HttpResponse<String> page = Http.get("/shops/" + shop.slug());
        assertTrue(page.body().contains("<b>ceramics</b>"), "the page shows the formatting");
        assertFalse(page.body().contains("alert(1)"));
    }

    @Test
    void aLogoIsPublishedWithTheShopAndReplacingItDeletesTheOldOne() {
        TestVendors.Shop shop = TestVendors.approvedShop();

        HttpResponse<String> first = logo(shop.owner(), TestPictures.jpeg(600, 600));
        long firstId = json(first).getJsonNumber("logoImageId").longValue();
        HttpResponse<String> second = logo(shop.owner(), TestPictures.transparentPng(300, 300));
        long secondId = json(second).getJsonNumber("logoImageId").longValue();

        assertEquals(200, second.statusCode(), second.body());
        assertEquals(0, Database.count("select count(*) from image where id = ?", firstId));
        String logoUrl = json(Http.get("/api/v1/vendors/" + shop.slug())).getString("logoUrl");
        assertEquals("/api/v1/images/" + secondId + "/thumb", logoUrl);
        HttpResponse<byte[]> served = Http.getBytes(logoUrl);
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(Http.get("/shops/" + shop.slug()).body().contains(logoUrl));

        HttpResponse<String> removed = withToken("DELETE", SHOP + "/logo", shop.owner().accessToken(), null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(0, Database.count("select count(*) from image where id = ?", secondId));
        assertEquals(404, Http.getBytes(logoUrl).statusCode());
    }

    @Test
    void badInputIsA422AndChangesNothing() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String tooLong = Json.createObjectBuilder().add("description", "x".repeat(5001)).build().toString();

        HttpResponse<String> longText = withToken("PUT", SHOP, shop.owner().accessToken(), tooLong);
        HttpResponse<String> notPicture = logo(shop.owner(), "GIF89a but not really".getBytes());

        assertEquals(422, longText.statusCode(), longText.body());
        assertTrue(fieldErrors(longText).containsKey("description"), longText.body());
        assertEquals(422, notPicture.statusCode(), notPicture.body());
        assertEquals("could not be read as a picture; it may be damaged", fieldErrors(notPicture).get("file"),
                "it starts like a GIF, but is not one");
        assertTrue(Database.single("select description from vendor where id = ?", shop.vendorId()).isEmpty());
        assertTrue(Database.single("select logo_image_id from vendor where id = ?", shop.vendorId()).isEmpty());
    }

    @Test
    void eachShopOnlyEverReachesItsOwnSettingsStaffOnlyReadAndCustomersNone() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        TestVendors.Shop other = TestVendors.approvedShop();
        withToken("PUT", SHOP, other.owner().accessToken(), "{\"description\":\"Other words\"}");

        HttpResponse<String> own = withToken("GET", SHOP, shop.owner().accessToken(), null);
        assertEquals(shop.slug(), json(own).getString("slug"));
        assertFalse(own.body().contains("Other words"));
        assertTrue(Database.single("select description from vendor where id = ?", shop.vendorId()).isEmpty());

        TestAccounts.LoggedIn staff = TestAccounts.logIn(0, "staff@nordic-kitchen.test", "bazaar-demo-2026");
        assertEquals(200, withToken("GET", SHOP, staff.accessToken(), null).statusCode());
        assertEquals(403, withToken("PUT", SHOP, staff.accessToken(), "{\"description\":\"Staff words\"}").statusCode());
        assertEquals(403, logo(staff, TestPictures.jpeg(100, 100)).statusCode());
        TestAccounts.LoggedIn customer = TestAccounts.registeredAndLoggedIn("shopper");
        assertEquals(403, withToken("GET", SHOP, customer.accessToken(), null).statusCode());
        assertEquals(401, Http.get(SHOP).statusCode());
    }

    private static HttpResponse<String> logo(TestAccounts.LoggedIn caller, byte[] content) {
        return Http.multipart("PUT", SHOP + "/logo", caller.accessToken(),
                Map.of("file", new Http.FilePart("logo.png", "image/png", content)));
    }
}
