package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The demo catalog's pictures, drawn by the application and stored through the gallery code a shop's
 * upload goes through (V27, DemoPictures): every demo product has one, its renditions answer on the
 * storefront's real picture addresses, cards and product pages show them with alt text; and products
 * sharing a look (how the generated catalog is pictured) each get a gallery picture of their own that
 * shows one stored drawing.
 */
public class DemoPicturesIT {

    private static final String DEMO_SHOPS = "('nordic-kitchen', 'paper-and-ink', 'trailhead', 'kyoto-tea')";

    @Test
    void everyDemoProductHasADrawnPictureServedOnTheStorefrontsAddresses() {
        await("the demo pictures are drawn", () -> Database.count("select count(*) from picture_wanted w join product p"
                + " on p.id = w.product_id join vendor v on v.id = p.vendor_id where v.slug in " + DEMO_SHOPS) == 0);
        assertEquals(50, Database.count("select count(distinct i.product_id) from image i join product p on p.id = i.product_id"
                + " join vendor v on v.id = p.vendor_id where v.slug in " + DEMO_SHOPS + " and i.uploaded_by = 'demo-pictures'"),
                "the fifty demo products have a drawn picture");
        assertEquals(0, Database.count("select count(*) from image i join image_file f on f.image_id = i.id"
                + " where i.uploaded_by = 'demo-pictures' and f.size = 'large' and (f.width <> 800 or f.content_type <> 'image/jpeg')"),
                "drawings are stored as the pipeline stores an 800-pixel opaque upload: an 800-pixel JPEG, not enlarged");

        String imageId = Database.single("select i.id from image i join product p on p.id = i.product_id"
                + " where p.slug = 'cast-iron-skillet-26' and i.position = 0").orElseThrow();
        assertEquals("Cast Iron Skillet 26 cm", Database.single("select alt_text from image where id = ?", Long.parseLong(imageId)).orElseThrow());
        HttpResponse<String> page = Http.get("/p/cast-iron-skillet-26");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("src=\"/api/v1/images/" + imageId + "/large\""), "the product page shows the large rendition");
        HttpResponse<byte[]> large = Http.getBytes("/api/v1/images/" + imageId + "/large");
        assertEquals(200, large.statusCode());
        assertEquals("image/jpeg", large.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage decoded = TestPictures.read(large.body());
        assertEquals(800, decoded.getWidth());
        assertTrue(colours(decoded) > 500, "a drawing, not a flat box: " + colours(decoded) + " colours");

        HttpResponse<String> listing = Http.get("/search?q=skillet");
        Matcher card = Pattern.compile("<img[^>]*src=\"(/api/v1/images/" + imageId + "/thumb)\"[^>]*>").matcher(listing.body());
        assertTrue(card.find(), "the card shows the thumbnail: " + listing.body());
        assertTrue(card.group().contains("alt=\"Cast Iron Skillet 26 cm\""), "the card's picture has alt text: " + card.group());
        HttpResponse<byte[]> thumb = Http.getBytes(card.group(1));
        assertEquals(200, thumb.statusCode());
        assertTrue(thumb.headers().firstValue("Content-Type").orElseThrow().startsWith("image/"));
        assertEquals(400, TestPictures.read(thumb.body()).getWidth());
    }

    @Test
    void productsSharingALookEachGetAPictureShowingOneStoredDrawing() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String word = TestCatalog.madeUpWord();
        long first = TestCatalog.approved(shop, word + " Teapot", "cast iron", "19", "24");
        long second = TestCatalog.approved(shop, word + " Kettle", "cast iron", "29", "34");
        String look = "test:" + word;
        Database.update("insert into picture_wanted (product_id, look, kind, colour) values (?, ?, 'teapot', '#9c4f2e'), (?, ?, 'teapot', '#9c4f2e')",
                first, look, second, look);

        await("the look is pictured", () -> Database.count("select count(*) from picture_wanted where look = ?", look) == 0);

        long drawn = Long.parseLong(Database.single("select id from image where product_id = ?", first).orElseThrow());
        long shared = Long.parseLong(Database.single("select id from image where product_id = ?", second).orElseThrow());
        assertEquals(2, Database.count("select count(*) from image_file where image_id = ?", drawn), "the drawing is stored once, in two sizes");
        assertEquals(0, Database.count("select count(*) from image_file where image_id = ?", shared), "the other product keeps no copy");
        assertEquals(String.valueOf(drawn), Database.single("select renditions_of from image where id = ?", shared).orElseThrow());
        assertEquals(word + " Kettle", Database.single("select alt_text from image where id = ?", shared).orElseThrow(),
                "each product's picture is described by its own name");
        HttpResponse<byte[]> own = Http.getBytes("/api/v1/images/" + drawn + "/thumb");
        HttpResponse<byte[]> theirs = Http.getBytes("/api/v1/images/" + shared + "/thumb");
        assertEquals(200, theirs.statusCode());
        assertArrayEquals(own.body(), theirs.body());
        assertEquals("/api/v1/images/" + shared + "/thumb",
                Http.json(Http.get("/api/v1/products?q=" + word + "+Kettle")).getJsonArray("items").getJsonObject(0).getString("thumbnailUrl"));
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 4) {
            for (int y = 0; y < image.getHeight(); y += 4) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private static void await(String what, BooleanSupplier done) {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("waited 90 s for: " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
