package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Product pictures: upload with checks, renditions, the gallery order, who may see them, and caching. */
public class ProductImagesApiIT {

    private static final String PRODUCTS = "/api/v1/vendor/products/";

    @Test
    void anUploadIsStoredAsALargePictureAndAThumbnailServedWithCachingHeadersOncePublished() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long id = VendorProductsApiIT.create(shop, "PIC");

        HttpResponse<String> uploaded = upload(shop, id, "mug.jpg", "image/jpeg", TestPictures.jpeg(2400, 1200), "A blue mug");

        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonObject picture = json(uploaded).getJsonArray("images").getJsonObject(0);
        long imageId = picture.getJsonNumber("id").longValue();
        assertEquals("A blue mug", picture.getString("altText"));
        assertEquals(2400, picture.getInt("width"));
        assertEquals("/api/v1/images/" + imageId + "/large", picture.getString("largeUrl"));
        assertEquals(2, Database.count("select count(*) from image_file where image_id = ?", imageId));
        assertEquals("1600", Database.single("select width from image_file where image_id = ? and size = 'large'", imageId).orElseThrow());
        assertEquals("400", Database.single("select width from image_file where image_id = ? and size = 'thumb'", imageId).orElseThrow());

        // a draft's pictures are nobody's business but the shop's
        assertEquals(404, Http.getBytes(picture.getString("largeUrl")).statusCode());

        VendorProductsApiIT.publish(shop, id);
        HttpResponse<byte[]> large = Http.getBytes(picture.getString("largeUrl"));
        assertEquals(200, large.statusCode());
        assertEquals("image/jpeg", large.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(large.headers().firstValue("Cache-Control").orElseThrow().contains("max-age=31536000"));
        BufferedImage decoded = TestPictures.read(large.body());
        assertEquals(1600, decoded.getWidth());
        assertEquals(800, decoded.getHeight());
        String etag = large.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = Http.getBytes(picture.getString("largeUrl"), "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(400, TestPictures.read(Http.getBytes(picture.getString("thumbnailUrl")).body()).getWidth());
        assertEquals(404, Http.getBytes("/api/v1/images/" + imageId + "/huge").statusCode());

        // shoppers see it in lists and on the product
        HttpResponse<String> listed = Http.get("/api/v1/products?q=" + VendorProductsApiIT.NAME.replace(' ', '+') + "&vendor=" + shop.slug());
        assertEquals(picture.getString("thumbnailUrl"),
                json(listed).getJsonArray("items").getJsonObject(0).getString("thumbnailUrl"), listed.body());
        assertEquals(imageId, json(Http.get("/api/v1/products/" + id)).getJsonArray("images").getJsonObject(0).getJsonNumber("id").longValue());
    }

    @Test
    void aTransparentPictureStaysAPngAndTheGalleryCanBeReorderedAndPruned() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long id = VendorProductsApiIT.create(shop, "PNG");
        long first = lastImage(upload(shop, id, "a.jpg", "image/jpeg", TestPictures.jpeg(300, 300), null));
        long second = lastImage(upload(shop, id, "b.png", "image/png", TestPictures.transparentPng(200, 100), null));

        assertEquals("image/png", Database.single("select content_type from image_file where image_id = ? and size = 'large'", second).orElseThrow());
        assertEquals("200", Database.single("select width from image_file where image_id = ? and size = 'large'", second).orElseThrow(),
                "a small picture is never enlarged");

        HttpResponse<String> moved = withToken("PUT", PRODUCTS + id + "/images/" + second, shop.owner().accessToken(), "{\"position\":0,\"altText\":\"Side view\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        JsonArray gallery = json(moved).getJsonArray("images");
        assertEquals(second, gallery.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("Side view", gallery.getJsonObject(0).getString("altText"));
        assertEquals(first, gallery.getJsonObject(1).getJsonNumber("id").longValue());

        HttpResponse<String> removed = withToken("DELETE", PRODUCTS + id + "/images/" + second, shop.owner().accessToken(), null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(first, json(removed).getJsonArray("images").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, Database.count("select count(*) from image_file where image_id = ?", second));
        assertEquals("0", Database.single("select position from image where id = ?", first).orElseThrow());
        assertEquals(422, withToken("PUT", PRODUCTS + id + "/images/" + first, shop.owner().accessToken(), "{\"position\":5}").statusCode());
    }

    @Test
    void whatIsNotAPictureOrTooBigIsA422AndNothingIsStored() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long id = VendorProductsApiIT.create(shop, "BAD");
        long before = Database.count("select count(*) from image");

        HttpResponse<String> script = upload(shop, id, "evil.png", "image/png", "<script>alert(1)</script>".getBytes(), null);
        HttpResponse<String> oversize = upload(shop, id, "big.jpg", "image/jpeg", new byte[5 * 1024 * 1024 + 1], null);
        HttpResponse<String> bomb = upload(shop, id, "bomb.png", "image/png", TestPictures.png(8001, 40), null);
        HttpResponse<String> tiny = upload(shop, id, "dot.png", "image/png", TestPictures.png(8, 8), null);
        HttpResponse<String> empty = upload(shop, id, "none.jpg", "image/jpeg", new byte[0], null);
        HttpResponse<String> noFile = Http.multipart("POST", PRODUCTS + id + "/images", shop.owner().accessToken(), Map.of("altText", "nothing"));
        HttpResponse<String> longAlt = upload(shop, id, "ok.jpg", "image/jpeg", TestPictures.jpeg(100, 100), "x".repeat(201));
        HttpResponse<String> notMultipart = withToken("POST", PRODUCTS + id + "/images", shop.owner().accessToken(), "{}");

        assertEquals(422, script.statusCode(), script.body());
        assertEquals("is not a JPEG, PNG or GIF picture", fieldErrors(script).get("file"));
        assertEquals("is larger than 5 MB", fieldErrors(oversize).get("file"));
        assertTrue(fieldErrors(bomb).get("file").startsWith("is 8001×40 pixels"), bomb.body());
        assertTrue(fieldErrors(tiny).get("file").contains("at least 32"), tiny.body());
        assertEquals(422, empty.statusCode(), empty.body());
        assertTrue(fieldErrors(noFile).get("file").startsWith("is required"), noFile.body());
        assertEquals(422, longAlt.statusCode(), longAlt.body());
        assertEquals(415, notMultipart.statusCode(), notMultipart.body());
        assertEquals(before, Database.count("select count(*) from image"));
    }

    @Test
    void anotherShopCannotAddSeeMoveOrRemoveAShopsPicturesAndStaffMayNotChangeThem() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        TestVendors.Shop other = TestVendors.approvedShop();
        long id = VendorProductsApiIT.create(shop, "OWN");
        long imageId = lastImage(upload(shop, id, "a.jpg", "image/jpeg", TestPictures.jpeg(100, 100), null));

        assertEquals(404, upload(other, id, "b.jpg", "image/jpeg", TestPictures.jpeg(100, 100), null).statusCode());
        assertEquals(404, withToken("PUT", PRODUCTS + id + "/images/" + imageId, other.owner().accessToken(), "{\"position\":0}").statusCode());
        assertEquals(404, withToken("DELETE", PRODUCTS + id + "/images/" + imageId, other.owner().accessToken(), null).statusCode());
        long otherProduct = VendorProductsApiIT.create(other, "THEIRS");
        assertEquals(404, withToken("DELETE", PRODUCTS + otherProduct + "/images/" + imageId, other.owner().accessToken(), null).statusCode(),
                "a picture is found only on its own product");
        TestAccounts.LoggedIn staff = TestAccounts.logIn(0, "staff@nordic-kitchen.test", "bazaar-demo-2026");
        String ownProduct = Database.single("select id from product where slug = 'rye-bread-tin'").orElseThrow();
        long demoPictures = Database.count("select count(*) from image where product_id = ?", Long.parseLong(ownProduct));
        assertEquals(403, upload(staff, Long.parseLong(ownProduct), "c.jpg", "image/jpeg", TestPictures.jpeg(100, 100), null).statusCode());
        assertEquals(401, Http.multipart("POST", PRODUCTS + id + "/images", "not-a-token",
                Map.of("file", new Http.FilePart("a.jpg", "image/jpeg", TestPictures.jpeg(100, 100)))).statusCode());
        assertEquals(1, Database.count("select count(*) from image where product_id = ?", id));
        assertEquals(demoPictures, Database.count("select count(*) from image where product_id = ?", Long.parseLong(ownProduct)),
                "staff added no picture to their shop's product");
    }

    static HttpResponse<String> upload(TestVendors.Shop shop, long productId, String fileName, String type, byte[] content, String altText) {
        return upload(shop.owner(), productId, fileName, type, content, altText);
    }

    static HttpResponse<String> upload(TestAccounts.LoggedIn caller, long productId, String fileName, String type, byte[] content, String altText) {
        Map<String, Object> parts = new java.util.LinkedHashMap<>();
        parts.put("file", new Http.FilePart(fileName, type, content));
        if (altText != null) {
            parts.put("altText", altText);
        }
        return Http.multipart("POST", PRODUCTS + productId + "/images", caller.accessToken(), parts);
    }

    static long lastImage(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        JsonArray images = json(response).getJsonArray("images");
        return images.getJsonObject(images.size() - 1).getJsonNumber("id").longValue();
    }
}
