package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * What the fuzzer ({@link ApiFuzzIT}) found, each pinned down by one request that failed before its
 * fix: a server error, or an answer that named the container's internals.
 */
class ApiFuzzFindingsIT {

    @Test
    void aCsvImportHoldingANulCharacterIsRefusedAndWritesNothing() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String slug = "nul-" + System.nanoTime();
        String csv = "product_slug,name,brand,category,description,sku,options,price,compare_at_price,weight_grams,"
                + "low_stock_threshold,location,on_hand\n" + slug + "\u0000,Nul thing,Fuzz,kitchen,A thing,NUL-1,,9.90,,100,2,,\n";

        HttpResponse<String> refused = Http.send("POST", "/api/v1/vendor/products/import", shop.owner().accessToken(), "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("file", Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, Database.count("select count(*) from product where slug like ?", slug + "%"));
    }

    @Test
    void aPathWithAnEncodedSlashIsAProblemNamingNoInternals() {
        HttpResponse<String> refused = Http.call("POST", "/api/v1/orders/a%2Fb%3Cscript%3E/payment", null, null);

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", Http.contentType(refused).replaceAll(";.*", ""));
        assertEquals(-1, refused.body().indexOf("Exception"), refused.body());
    }
}
