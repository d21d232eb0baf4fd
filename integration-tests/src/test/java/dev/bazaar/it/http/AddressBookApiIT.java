package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** /api/v1/me/addresses: one person's address book, closed to everyone else. */
class AddressBookApiIT {

    private static final String ADDRESSES = "/api/v1/me/addresses";

    @Test
    void theFirstAddressIsTheDefaultForShippingAndBilling() {
        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("address");

        HttpResponse<String> added = withToken("POST", ADDRESSES, me.accessToken(), address("Ada", "gb", false, false));

        assertEquals(201, added.statusCode(), added.body());
        JsonObject address = json(added);
        assertEquals("GB", address.getString("country"));
        assertTrue(address.getBoolean("defaultShipping"));
        assertTrue(address.getBoolean("defaultBilling"));
        assertEquals(1, Database.count("select count(*) from address where user_id = ?", me.id()));
    }

    @Test
    void makingAnotherAddressTheDefaultMovesTheDefaultToIt() {
        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("address");
        long home = json(withToken("POST", ADDRESSES, me.accessToken(), address("Home", "DE", false, false))).getJsonNumber("id").longValue();

        long office = json(withToken("POST", ADDRESSES, me.accessToken(), address("Office", "DE", true, false))).getJsonNumber("id").longValue();

        JsonArray book = Http.jsonArray(withToken("GET", ADDRESSES, me.accessToken(), null));
        assertEquals(2, book.size());
        JsonObject homeNow = find(book, home);
        JsonObject officeNow = find(book, office);
        assertFalse(homeNow.getBoolean("defaultShipping"));
        assertTrue(homeNow.getBoolean("defaultBilling"));
        assertTrue(officeNow.getBoolean("defaultShipping"));
        assertFalse(officeNow.getBoolean("defaultBilling"));
    }

    @Test
    void anAddressIsReplacedAndRemoved() {
        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("address");
        long id = json(withToken("POST", ADDRESSES, me.accessToken(), address("Old Name", "FR", false, false))).getJsonNumber("id").longValue();

        HttpResponse<String> replaced = withToken("PUT", ADDRESSES + "/" + id, me.accessToken(), address("New Name", "FR", false, false));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("New Name", Database.single("select recipient from address where id = ?", id).orElseThrow());

        assertEquals(204, withToken("DELETE", ADDRESSES + "/" + id, me.accessToken(), null).statusCode());
        assertEquals(0, Database.count("select count(*) from address where id = ?", id));
    }

    @Test
    void someoneElsesAddressDoesNotExistForYou() {
        TestAccounts.LoggedIn owner = TestAccounts.registeredAndLoggedIn("owner");
        TestAccounts.LoggedIn intruder = TestAccounts.registeredAndLoggedIn("intruder");
        long id = json(withToken("POST", ADDRESSES, owner.accessToken(), address("Owner", "IT", false, false))).getJsonNumber("id").longValue();

        HttpResponse<String> replace = withToken("PUT", ADDRESSES + "/" + id, intruder.accessToken(), address("Mine now", "IT", false, false));
        HttpResponse<String> delete = withToken("DELETE", ADDRESSES + "/" + id, intruder.accessToken(), null);
        HttpResponse<String> missing = withToken("DELETE", ADDRESSES + "/999999999", intruder.accessToken(), null);

        assertEquals(404, replace.statusCode());
        assertEquals(404, delete.statusCode());
        assertEquals(json(missing).getString("detail").replace("999999999", String.valueOf(id)), json(delete).getString("detail"),
                "the same answer as for an address that does not exist");
        assertEquals("[]", withToken("GET", ADDRESSES, intruder.accessToken(), null).body());
        assertEquals("Owner", Database.single("select recipient from address where id = ?", id).orElseThrow());
    }

    @Test
    void anIncompleteAddressIsA422NamingEachFieldAndNothingIsStored() {
        TestAccounts.LoggedIn me = TestAccounts.registeredAndLoggedIn("address");

        HttpResponse<String> rejected = withToken("POST", ADDRESSES, me.accessToken(),
                Json.createObjectBuilder().add("recipient", "Ada").add("country", "XX").build().toString());

        assertEquals(422, rejected.statusCode());
        assertEquals(Map.of("line1", "is required", "city", "is required", "postalCode", "is required",
                "country", "must be an ISO 3166 two-letter country code, like GB or DE"), Http.fieldErrors(rejected));
        assertEquals(0, Database.count("select count(*) from address where user_id = ?", me.id()));
    }

    @Test
    void withoutATokenTheAddressBookIsClosed() {
        assertEquals(401, Http.get(ADDRESSES).statusCode());
    }

    private static JsonObject find(JsonArray book, long id) {
        return book.stream().map(JsonObject.class::cast).filter(a -> a.getJsonNumber("id").longValue() == id)
                .findFirst().orElseThrow();
    }

    private static String address(String recipient, String country, boolean defaultShipping, boolean defaultBilling) {
        return Json.createObjectBuilder().add("recipient", recipient).add("line1", "1 High Street")
                .add("city", "Springfield").add("postalCode", "12345").add("country", country)
                .add("defaultShipping", defaultShipping).add("defaultBilling", defaultBilling).build().toString();
    }
}
