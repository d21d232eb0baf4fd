package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.contentType;
import static dev.bazaar.it.http.Http.get;
import static dev.bazaar.it.http.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** The product API over HTTP, against the running server and its demo data. */
class ProductsApiIT {

    @Test
    void listingProductsByNameReturnsTheFirstPageOfTwenty() {
        HttpResponse<String> response = get("/api/v1/products?sort=name");

        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("application/json"), contentType(response));
        JsonObject page = json(response);
        JsonArray items = page.getJsonArray("items");
        assertEquals(20, items.size());
        assertEquals(0, page.getInt("page"));
        assertEquals(20, page.getInt("size"));
        assertTrue(page.getInt("totalItems") >= 50, page.toString());
        assertEquals((page.getInt("totalItems") + 19) / 20, page.getInt("totalPages"));
        String first = items.getJsonObject(0).getString("name");
        String second = items.getJsonObject(1).getString("name");
        assertTrue(first.compareToIgnoreCase(second) <= 0, first + " before " + second);
    }

    @Test
    void pagesDoNotOverlap() {
        JsonArray first = json(get("/api/v1/products?page=0&size=5")).getJsonArray("items");
        JsonArray second = json(get("/api/v1/products?page=1&size=5")).getJsonArray("items");

        assertEquals(5, first.size());
        assertEquals(5, second.size());
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertTrue(first.getJsonObject(i).getInt("id") != second.getJsonObject(j).getInt("id"));
            }
        }
    }

    @Test
    void aProductIsARecordWithVendorCategoryAndMoney() {
        int id = json(get("/api/v1/products?q=gyokuro")).getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(p -> p.getString("slug").equals("gyokuro-50g"))
                .findFirst().orElseThrow().getInt("id");

        HttpResponse<String> response = get("/api/v1/products/" + id);

        assertEquals(200, response.statusCode());
        JsonObject product = json(response);
        assertEquals("Gyokuro 50 g", product.getString("name"));
        assertEquals("kyoto-tea", product.getJsonObject("vendor").getString("slug"));
        assertEquals("Tea", product.getJsonObject("category").getString("name"));
        JsonObject price = product.getJsonObject("price");
        assertEquals("JPY", price.getString("currency"));
        assertEquals(String.valueOf(price.getJsonNumber("amountMinor").longValue()), price.getString("amount"),
                "yen have no minor units");
        assertTrue(price.getString("formatted").startsWith("¥"), price.toString());
    }

    @Test
    void anUnknownProductIsA404ProblemDocument() {
        HttpResponse<String> response = get("/api/v1/products/999999999");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", contentType(response));
        JsonObject problem = json(response);
        assertEquals(404, problem.getInt("status"));
        assertEquals("Not Found", problem.getString("title"));
        assertEquals("No product with id 999999999", problem.getString("detail"));
    }

    @Test
    void aNonNumericPageIsA400NamingTheParameter() {
        HttpResponse<String> response = get("/api/v1/products?page=abc");

        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", contentType(response));
        JsonObject error = json(response).getJsonArray("errors").getJsonObject(0);
        assertEquals("page", error.getString("field"));
        assertEquals("must be a whole number, was 'abc'", error.getString("message"));
    }

    @Test
    void aPageSizeOutOfRangeIsA400() {
        for (String query : new String[] {"size=0", "size=101", "page=-1"}) {
            HttpResponse<String> response = get("/api/v1/products?" + query);

            assertEquals(400, response.statusCode(), query);
            assertEquals("application/problem+json", contentType(response), query);
            assertEquals(1, json(response).getJsonArray("errors").size(), query);
        }
    }

    @Test
    void unknownPathsAndNonNumericIdsAre404ProblemDocuments() {
        for (String path : new String[] {"/api/v1/nothing-here", "/api/v1/products/abc"}) {
            HttpResponse<String> response = get(path);

            assertEquals(404, response.statusCode(), path);
            assertEquals("application/problem+json", contentType(response), path);
        }
    }
}
