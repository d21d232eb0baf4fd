package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** /api/v1/admin/categories: platform admins create, rename and move categories; search follows at once. */
public class AdminCategoriesApiIT {

    private static final String CATEGORIES = "/api/v1/admin/categories";

    @Test
    void anAdminBuildsATreeAndSearchFollowsRenamesAndMoves() {
        String admin = TestAccounts.admin().accessToken();
        String top = "top-" + UUID.randomUUID().toString().substring(0, 8);
        String sub = "sub-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, withToken("POST", CATEGORIES, admin, category("Garden " + top, top, null)).statusCode());
        HttpResponse<String> created = withToken("POST", CATEGORIES, admin, category("Tools", sub, top));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(top, json(created).getString("parentSlug"));
        long subId = json(created).getJsonNumber("id").longValue();

        TestVendors.Shop shop = TestVendors.approvedShop();
        String word = TestCatalog.madeUpWord();
        long product = TestCatalog.approved(shop, word + " Spade", "steel", "100", "120");
        Database.update("update product set category_id = ? where id = ?", subId, product);
        assertEquals(1, json(Http.get("/api/v1/products?category=" + top + "&q=" + word)).getInt("totalItems"),
                "a subcategory's products count under its parent");

        HttpResponse<String> renamed = withToken("PATCH", CATEGORIES + "/" + subId, admin, "{\"name\":\"Digging tools\",\"parent\":\"\"}");

        assertEquals(200, renamed.statusCode(), renamed.body());
        JsonObject moved = json(renamed);
        assertEquals("Digging tools", moved.getString("name"));
        assertTrue(!moved.containsKey("parentSlug") || moved.isNull("parentSlug"), moved.toString());
        assertEquals(0, json(Http.get("/api/v1/products?category=" + top + "&q=" + word)).getInt("totalItems"));
        assertEquals(1, json(Http.get("/api/v1/products?category=" + sub + "&q=" + word)).getInt("totalItems"));
        assertEquals(1, json(Http.get("/api/v1/products?q=digging+" + word)).getInt("totalItems"), "the new name is searchable");
    }

    @Test
    void aCategoryNeverMovesIntoItsOwnSubtreeAndBadInputChangesNothing() {
        String admin = TestAccounts.admin().accessToken();
        String top = "top-" + UUID.randomUUID().toString().substring(0, 8);
        String sub = "sub-" + UUID.randomUUID().toString().substring(0, 8);
        long topId = json(withToken("POST", CATEGORIES, admin, category("Outer", top, null))).getJsonNumber("id").longValue();
        withToken("POST", CATEGORIES, admin, category("Inner", sub, top));

        HttpResponse<String> loop = withToken("PATCH", CATEGORIES + "/" + topId, admin, "{\"parent\":\"" + sub + "\"}");
        HttpResponse<String> self = withToken("PATCH", CATEGORIES + "/" + topId, admin, "{\"parent\":\"" + top + "\"}");
        HttpResponse<String> taken = withToken("POST", CATEGORIES, admin, category("Again", top, null));
        HttpResponse<String> badSlug = withToken("POST", CATEGORIES, admin, category("Bad", "Not A Slug!", null));
        HttpResponse<String> noName = withToken("POST", CATEGORIES, admin, category(" ", "fine-slug-" + top, null));
        HttpResponse<String> unknownParent = withToken("POST", CATEGORIES, admin, category("Orphan", "orphan-" + top, "no-such-parent"));
        HttpResponse<String> nothing = withToken("PATCH", CATEGORIES + "/" + topId, admin, "{}");

        assertEquals(409, loop.statusCode(), loop.body());
        assertEquals(409, self.statusCode(), self.body());
        assertEquals(409, taken.statusCode(), taken.body());
        assertEquals(422, badSlug.statusCode(), badSlug.body());
        assertTrue(fieldErrors(badSlug).containsKey("slug"));
        assertEquals(422, noName.statusCode(), noName.body());
        assertEquals(422, unknownParent.statusCode(), unknownParent.body());
        assertEquals(422, nothing.statusCode(), nothing.body());
        assertEquals(404, withToken("PATCH", CATEGORIES + "/999999999", admin, "{\"name\":\"X\"}").statusCode());
        assertTrue(Database.single("select parent_id from category where id = ?", topId).isEmpty());
        assertEquals(1, Database.count("select count(*) from category where slug like ?", "%" + top + "%"),
                "no category was made from the bad requests");
    }

    @Test
    void onlyPlatformAdminsChangeCategories() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String body = category("Sneaky", "sneaky-" + UUID.randomUUID().toString().substring(0, 8), null);

        assertEquals(403, withToken("POST", CATEGORIES, shop.owner().accessToken(), body).statusCode());
        assertEquals(401, Http.post(CATEGORIES, "application/json", body).statusCode());
        assertEquals(403, withToken("PATCH", CATEGORIES + "/1", shop.owner().accessToken(), "{\"name\":\"Mine\"}").statusCode());
        assertEquals(0, Database.count("select count(*) from category where name = 'Sneaky' or name = 'Mine'"));
    }

    private static String category(String name, String slug, String parent) {
        var body = Json.createObjectBuilder().add("name", name).add("slug", slug);
        if (parent != null) {
            body.add("parent", parent);
        }
        return body.build().toString();
    }
}
