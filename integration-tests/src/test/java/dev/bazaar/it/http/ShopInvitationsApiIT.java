package dev.bazaar.it.http;

import static dev.bazaar.it.http.Http.fieldErrors;
import static dev.bazaar.it.http.Http.json;
import static dev.bazaar.it.http.Http.withToken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/** A shop owner invites people by e-mail; the invited person accepts with the mailed link and works for the shop. */
public class ShopInvitationsApiIT {

    private static final String INVITATIONS = "/api/v1/vendor/shop/invitations";
    private static final String JOIN_PAGE = "/join-shop.xhtml";

    @Test
    void anInviteeAcceptsTheMailedLinkAndWorksForTheShopInTheInvitedRole() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        TestAccounts.LoggedIn invitee = TestAccounts.registeredAndLoggedIn("staffer");

        HttpResponse<String> invited = withToken("POST", INVITATIONS, shop.owner().accessToken(), invitation(invitee.email(), "VENDOR_STAFF"));

        assertEquals(201, invited.statusCode(), invited.body());
        assertTrue(json(invited).getBoolean("open"));
        String token = Mailbox.awaitMail(invitee.email(), 2).token(JOIN_PAGE);
        assertEquals(0, Database.count("select count(*) from shop_invitation where token_hash = ?", token), "only the hash is stored");
        HttpResponse<String> lookup = withToken("POST", "/api/v1/shop-invitations/lookup", invitee.accessToken(), tokenBody(token));
        assertEquals(shop.slug(), json(lookup).getString("shopSlug"));

        HttpResponse<String> accepted = withToken("POST", "/api/v1/shop-invitations/accept", invitee.accessToken(), tokenBody(token));

        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(String.valueOf(shop.vendorId()), Database.single("select vendor_id from app_user where id = ?", invitee.id()).orElseThrow());
        TestAccounts.LoggedIn again = TestAccounts.logIn(invitee.id(), invitee.email(), TestAccounts.PASSWORD);
        assertEquals(shop.slug(), json(withToken("GET", "/api/v1/vendor/shop", again.accessToken(), null)).getString("slug"));
        HttpResponse<String> team = withToken("GET", "/api/v1/vendor/shop/members", shop.owner().accessToken(), null);
        assertTrue(team.body().contains("\"email\":\"" + invitee.email() + "\"") && team.body().contains("VENDOR_STAFF"), team.body());
        assertEquals(409, withToken("POST", "/api/v1/shop-invitations/accept", invitee.accessToken(), tokenBody(token)).statusCode(),
                "a link works once");
        assertEquals(403, withToken("POST", INVITATIONS, again.accessToken(), invitation("x@example.org", "VENDOR_STAFF")).statusCode(),
                "staff do not invite");
    }

    @Test
    void onlyTheInvitedAddressMayAcceptAndAWithdrawnInvitationIsDead() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        TestAccounts.LoggedIn invitee = TestAccounts.registeredAndLoggedIn("manager");
        TestAccounts.LoggedIn stranger = TestAccounts.registeredAndLoggedIn("stranger");
        HttpResponse<String> invited = withToken("POST", INVITATIONS, shop.owner().accessToken(), invitation(invitee.email(), "VENDOR_MANAGER"));
        long invitationId = json(invited).getJsonNumber("id").longValue();
        String token = Mailbox.awaitMail(invitee.email(), 2).token(JOIN_PAGE);

        assertEquals(403, withToken("POST", "/api/v1/shop-invitations/accept", stranger.accessToken(), tokenBody(token)).statusCode());
        TestVendors.Shop other = TestVendors.approvedShop();
        assertEquals(404, withToken("DELETE", INVITATIONS + "/" + invitationId, other.owner().accessToken(), null).statusCode(),
                "another shop's owner cannot touch it");
        assertEquals(204, withToken("DELETE", INVITATIONS + "/" + invitationId, shop.owner().accessToken(), null).statusCode());
        HttpResponse<String> late = withToken("POST", "/api/v1/shop-invitations/accept", invitee.accessToken(), tokenBody(token));

        assertEquals(409, late.statusCode(), late.body());
        assertTrue(Database.single("select vendor_id from app_user where id = ?", invitee.id()).isEmpty());
        assertTrue(Database.single("select vendor_id from app_user where id = ?", stranger.id()).isEmpty());
        assertEquals(404, withToken("POST", "/api/v1/shop-invitations/accept", invitee.accessToken(), tokenBody("not-a-real-token")).statusCode());
        assertEquals(422, withToken("POST", "/api/v1/shop-invitations/accept", invitee.accessToken(), "{}").statusCode());
    }

    @Test
    void badInvitationsAre4xxAndSendNothing() {
        TestVendors.Shop shop = TestVendors.approvedShop();
        long before = Database.count("select count(*) from shop_invitation where vendor_id = ?", shop.vendorId());

        HttpResponse<String> badEmail = withToken("POST", INVITATIONS, shop.owner().accessToken(), invitation("not an address", "VENDOR_STAFF"));
        HttpResponse<String> badRole = withToken("POST", INVITATIONS, shop.owner().accessToken(), invitation("a@example.org", "VENDOR_OWNER"));
        HttpResponse<String> self = withToken("POST", INVITATIONS, shop.owner().accessToken(), invitation(shop.owner().email(), "VENDOR_STAFF"));
        TestAccounts.LoggedIn customer = TestAccounts.registeredAndLoggedIn("customer");
        HttpResponse<String> notAShop = withToken("POST", INVITATIONS, customer.accessToken(), invitation("a@example.org", "VENDOR_STAFF"));

        assertEquals(422, badEmail.statusCode(), badEmail.body());
        assertTrue(fieldErrors(badEmail).containsKey("email"));
        assertEquals(422, badRole.statusCode(), badRole.body());
        assertTrue(fieldErrors(badRole).containsKey("role"));
        assertEquals(409, self.statusCode(), self.body());
        assertEquals(403, notAShop.statusCode(), notAShop.body());
        assertEquals(401, Http.post(INVITATIONS, "application/json", invitation("a@example.org", "VENDOR_STAFF")).statusCode());
        assertEquals(before, Database.count("select count(*) from shop_invitation where vendor_id = ?", shop.vendorId()));
    }

    private static String invitation(String email, String role) {
        return Json.createObjectBuilder().add("email", email).add("role", role).build().toString();
    }

    private static String tokenBody(String token) {
        return Json.createObjectBuilder().add("token", token).build().toString();
    }
}
