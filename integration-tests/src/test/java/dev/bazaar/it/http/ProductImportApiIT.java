package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** POST /api/v1/vendor/products/import: products, variants and stock counts from CSV, all lines or none. */
public class ProductImportApiIT {

    private static final String IMPORT = "/api/v1/vendor/products/import";
    private static final String HEADER = "product_slug,name,brand,category,description,sku,options,price,compare_at_price,"
            + "weight_grams,low_stock_threshold,location,on_hand\r\n";

    @Test
    void aFileCreatesProductsWithVariantsAndStockAndASecondOneUpdatesThem() {
        TestVendors.Shop shop = shopWithLocation("Workshop");
        String a = "jug-" + UUID.randomUUID().toString().substring(0, 8);
        String b = "cup-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER
                + a + ",Stoneware Jug,Fjord,kitchen,\"<p>Big, round, blue.</p>\"," + a + "-S,\"size=S, colour=Blue\",199,249,800,2,Workshop,7\r\n"
                + a + ",,,,," + a + "-L,\"size=L, colour=Blue\",249,,1200,,Workshop,3\r\n"
                + b + ",Tea Cup,,kitchen,," + b + "-1,,49,,,,,\r\n";

        HttpResponse<String> imported = upload(shop, csv);

        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject report = json(imported);
        assertEquals(3, report.getInt("rows"));
        assertEquals(2, report.getInt("productsCreated"));
        assertEquals(3, report.getInt("variantsCreated"));
        assertEquals(2, report.getInt("stockCountsSet"));
        assertEquals("DRAFT", Database.single("select status from product where slug = ?", a).orElseThrow());
        assertEquals("<p>Big, round, blue.</p>", Database.single("select description from product where slug = ?", a).orElseThrow());
        assertEquals("24900", Database.single("select compare_at_amount from product_variant where sku = upper(?)", a + "-S").orElseThrow());
        assertEquals("7", Database.single("select s.on_hand from stock_level s join product_variant v on v.id = s.variant_id where v.sku = upper(?)", a + "-S").orElseThrow());
        assertEquals(1, Database.count("select count(*) from stock_movement m join product_variant v on v.id = m.variant_id"
                + " where v.sku = upper(?) and m.reason = 'CSV import' and m.on_hand_delta = 3", a + "-L"));

        String update = HEADER
                + a + ",Stoneware Jug (large),,,," + a + "-S,\"size=S, colour=Blue\",179,,,,Workshop,10\r\n"
                + a + ",,,,," + a + "-XL,\"size=XL, colour=Blue\",299,,,,,\r\n";
        HttpResponse<String> again = upload(shop, update);

        assertEquals(200, again.statusCode(), again.body());
        assertEquals(1, json(again).getInt("productsUpdated"));
        assertEquals(1, json(again).getInt("variantsUpdated"));
        assertEquals(1, json(again).getInt("variantsCreated"));
        assertEquals("Stoneware Jug (large)", Database.single("select name from product where slug = ?", a).orElseThrow());
        assertEquals("Fjord", Database.single("select brand from product where slug = ?", a).orElseThrow(), "a blank cell keeps the value");
        assertEquals("17900", Database.single("select price_amount from product_variant where sku = upper(?)", a + "-S").orElseThrow());
        assertEquals(3, Database.count("select count(*) from product_variant v join product p on p.id = v.product_id where p.slug = ?", a));
        assertEquals("10", Database.single("select s.on_hand from stock_level s join product_variant v on v.id = s.variant_id where v.sku = upper(?)", a + "-S").orElseThrow());
    }

    @Test
    void oneWrongLineMeansNothingIsWrittenAndEveryProblemIsReportedByLine() {
        TestVendors.Shop shop = shopWithLocation("Depot");
        TestVendors.Shop other = TestVendors.approvedShop();
        String theirs = "theirs-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, withToken("POST", "/api/v1/vendor/products", other.owner().accessToken(),
                TestCatalog.product(theirs, "THEIRS", "10", "12")).statusCode());
        String mine = "mine-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER
                + mine + ",Good Plate,,kitchen,," + mine + "-1,,99,,,,Depot,4\r\n"
                + mine + ",,,,," + mine + "-2,,12.345,,,,Nowhere,3\r\n"
                + mine + ",,,,," + mine + "-1,,99,,,,,\r\n"
                + theirs + ",Copy,,kitchen,," + mine + "-9,,10,,,,,\r\n"
                + "other-" + mine + ",Plate,,no-such-category,," + mine + "-8,size,10,,heavy,,,\r\n";

        HttpResponse<String> refused = upload(shop, csv);

        assertEquals(422, refused.statusCode(), refused.body());
        List<String> errors = json(refused).getJsonArray("errors").stream().map(JsonObject.class::cast)
                .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 3 price")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 3 location: 'Nowhere'")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 4 sku:") && e.contains("line 2")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 5 product_slug: is taken by another shop")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 6 options")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("line 6 category")), errors.toString());
        assertTrue(errors.indexOf(errors.stream().filter(e -> e.startsWith("line 3")).findFirst().orElseThrow())
                < errors.indexOf(errors.stream().filter(e -> e.startsWith("line 5")).findFirst().orElseThrow()), "in line order");
        assertEquals(0, Database.count("select count(*) from product where vendor_id = ?", shop.vendorId()));
        assertEquals("Stoneware Mug", Database.single("select name from product where slug = ?", theirs).orElseThrow());
    }

    @Test
    void unreadableFilesAndTheWrongPeopleAreTurnedAway() {
        TestVendors.Shop shop = TestVendors.approvedShop();

        HttpResponse<String> noHeader = upload(shop, "just,some,words\r\n");
        HttpResponse<String> empty = upload(shop, "");
        HttpResponse<String> openQuote = upload(shop, HEADER + "a,\"never closed\r\n");
        HttpResponse<String> notUtf8 = Http.send("POST", IMPORT, shop.owner().accessToken(), "text/csv",
                (HEADER + "caf\u00e9-slug,Caf\u00e9,,,,SKU,,1,,,,,\r\n").getBytes(StandardCharsets.ISO_8859_1));
        HttpResponse<String> json = withToken("POST", IMPORT, shop.owner().accessToken(), "{}");
        TestAccounts.LoggedIn staff = TestAccounts.logIn(0, "staff@nordic-kitchen.test", "bazaar-demo-2026");
        HttpResponse<String> byStaff = Http.send("POST", IMPORT, staff.accessToken(), "text/csv", HEADER.getBytes(StandardCharsets.UTF_8));

        assertEquals(422, noHeader.statusCode(), noHeader.body());
        assertTrue(noHeader.body().contains("needs the column"), noHeader.body());
        assertEquals(422, empty.statusCode(), empty.body());
        assertEquals(422, openQuote.statusCode(), openQuote.body());
        assertEquals(422, notUtf8.statusCode(), notUtf8.body());
        assertEquals(415, json.statusCode(), json.body());
        assertEquals(403, byStaff.statusCode(), byStaff.body());
        assertEquals(0, Database.count("select count(*) from product where vendor_id = ?", shop.vendorId()));
    }

    private static TestVendors.Shop shopWithLocation(String name) {
        TestVendors.Shop shop = TestVendors.approvedShop();
        HttpResponse<String> location = withToken("POST", "/api/v1/vendor/stock-locations", shop.owner().accessToken(),
                Json.createObjectBuilder().add("name", name).add("line1", "Kaigata 1").add("city", "Oslo")
                        .add("postalCode", "0150").add("country", "NO").build().toString());
        assertEquals(201, location.statusCode(), location.body());
        return shop;
    }

    private static HttpResponse<String> upload(TestVendors.Shop shop, String csv) {
        return Http.send("POST", IMPORT, shop.owner().accessToken(), "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
    }
}
