package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.bazaar.it.browser.pages.BackOfficeSignInPage;
import dev.bazaar.it.browser.pages.CategoriesPage;
import dev.bazaar.it.browser.pages.JoinShopPage;
import dev.bazaar.it.browser.pages.MyShopPage;
import dev.bazaar.it.browser.pages.ProductsPage;
import dev.bazaar.it.browser.pages.ShopPage;
import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.Mailbox;
import dev.bazaar.it.http.TestAccounts;
import dev.bazaar.it.http.TestPictures;
import dev.bazaar.it.http.TestVendors;

/**
 * The back-office pages around the catalog: an owner's "My shop" (profile, logo, inviting a member,
 * who accepts on the storefront), importing products from CSV, and a platform admin's categories.
 */
class ShopBackOfficeBrowserIT extends BrowserTest {

    @Test
    void anOwnerDescribesTheShopUploadsALogoAndInvitesSomeoneWhoJoinsFromTheMailedLink() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String invitee = "helper-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        long inviteeId = TestAccounts.registerVerified(invitee, TestAccounts.PASSWORD, "Hana Helper");
        signInAsOwner(shop);
        MyShopPage myShop = MyShopPage.open(browser);

        describeTheShopWithALogo(myShop);
        invite(myShop, invitee);
        theInviteeJoinsFromTheMailedLink(invitee);
        assertEquals(String.valueOf(shop.vendorId()), Database.single("select vendor_id from app_user where id = ?", inviteeId).orElseThrow());
        theStorefrontShowsTheDescriptionAndLogo(shop);
    }

    @Test
    void aFileWithAWrongLineImportsNothingAndShowsTheProblemThenTheFixedFileImports() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String slug = "bowl-" + UUID.randomUUID().toString().substring(0, 8);
        String header = "product_slug,name,sku,price\r\n";
        signInAsOwner(shop);
        ProductsPage products = ProductsPage.open(browser);
        assertFalse(products.importOpen(), "the import's fold starts closed, the list in view");

        products.importFile(header + slug + ",Rice Bowl,BOWL-1,45\r\n" + slug + ",,BOWL-2,forty\r\n");
        products.awaitImportErrors("forty");
        assertTrue(products.importOpen(), "a refused import leaves the fold open with the problems");
        assertTrue(products.importErrors().contains("3 price"));
        assertTrue(products.messages().contains("Nothing was imported"));
        assertEquals(0, Database.count("select count(*) from product where slug = ?", slug));

        products.importFile(header + slug + ",Rice Bowl,BOWL-1,45\r\n" + slug + ",,BOWL-2,49\r\n");
        products.awaitMessage("1 products created");
        products.awaitTable("Rice Bowl");
        assertEquals(2, Database.count("select count(*) from product_variant v join product p on p.id = v.product_id where p.slug = ?", slug));
    }

    @Test
    void aPlatformAdminAddsACategoryAndRenamesIt() throws Exception {
        String slug = "teaware-" + UUID.randomUUID().toString().substring(0, 8);
        BackOfficeSignInPage.signIn(browser, DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        CategoriesPage categories = CategoriesPage.open(browser);

        categories.add("Teaware", slug, "tea");
        categories.awaitMessage("Category Teaware added.");
        assertEquals("tea", Database.single("select p.slug from category c join category p on p.id = c.parent_id where c.slug = ?", slug).orElseThrow());

        categories.rename(slug, "Tea things");
        categories.awaitMessage("Category Tea things saved.");
        assertEquals("Tea things", Database.single("select name from category where slug = ?", slug).orElseThrow());
    }

    private void signInAsOwner(TestVendors.Shop shop) {
        BackOfficeSignInPage.signIn(browser, shop.owner().email(), TestAccounts.PASSWORD);
    }

    // ---- the steps of the owner's story

    private static void describeTheShopWithALogo(MyShopPage myShop) throws IOException {
        myShop.saveProfile("<p>Hand-made <b>teapots</b></p><script>alert('x')</script>", "Returns within 30 days.");
        myShop.awaitMessage("Profile saved.");

        Path logo = Files.createTempFile("logo", ".png");
        Files.write(logo, TestPictures.transparentPng(300, 300));
        myShop.uploadLogo(logo);
        myShop.awaitMessage("Logo changed.");
        myShop.awaitLogo();
        Files.delete(logo);
    }

    private void invite(MyShopPage myShop, String invitee) throws IOException {
        myShop.invite(invitee, "VENDOR_STAFF");
        myShop.awaitInvitations(invitee);
        browser.screenshot("70-back-office-my-shop");
    }

    /** The invited person opens the mailed link in a browser of their own, signs in and accepts. */
    private static void theInviteeJoinsFromTheMailedLink(String invitee) throws IOException {
        String link = Mailbox.awaitMail(invitee, 2).link("/join-shop.xhtml");
        try (Browser person = new Browser()) {
            JoinShopPage join = JoinShopPage.followSignedOut(person, link).signInAs(invitee, TestAccounts.PASSWORD, JoinShopPage::new);
            join.awaitShop("Fjord Ceramics");
            join.accept();
            join.awaitJoined("You work for");
            person.screenshot("71-storefront-joined-a-shop");
        }
    }

    private void theStorefrontShowsTheDescriptionAndLogo(TestVendors.Shop shop) {
        ShopPage page = ShopPage.open(browser, shop.slug());
        page.awaitDescription("Hand-made teapots");
        assertEquals("teapots", page.descriptionInBold());
        assertTrue(page.returnPolicy().contains("Returns within 30 days."));
        assertTrue(!page.source().contains("alert('x')"));
        page.awaitLogo();
    }
}
