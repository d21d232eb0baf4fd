package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

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

        browser.open("/admin/shop.xhtml");
        type("profileForm:description", "<p>Hand-made <b>teapots</b></p><script>alert('x')</script>");
        type("profileForm:returnPolicy", "Returns within 30 days.");
        browser.driver.findElement(By.id("profileForm:saveProfile")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Profile saved."));

        Path logo = Files.createTempFile("logo", ".png");
        Files.write(logo, TestPictures.transparentPng(300, 300));
        browser.driver.findElement(By.id("logoForm:file")).sendKeys(logo.toString());
        browser.driver.findElement(By.id("logoForm:uploadLogo")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Logo changed."));
        wait.until(d -> (Boolean) browser.driver.executeScript(
                "const img = document.getElementById('logo'); return img != null && img.complete && img.naturalWidth > 0;"));
        Files.delete(logo);

        type("teamForm:inviteEmail", invitee);
        new Select(browser.driver.findElement(By.id("teamForm:inviteRole"))).selectByValue("VENDOR_STAFF");
        browser.driver.findElement(By.id("teamForm:invite")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("teamForm:invitations"), invitee));
        browser.screenshot("70-back-office-my-shop");

        String link = Mailbox.awaitMail(invitee, 2).link("/join-shop.xhtml");
        try (Browser person = new Browser()) {
            WebDriverWait personWait = new WebDriverWait(person.driver, Duration.ofSeconds(30));
            person.driver.get(link);
            personWait.until(ExpectedConditions.urlContains("/login.xhtml"));
            person.driver.findElement(By.id("loginForm:email")).sendKeys(invitee);
            person.driver.findElement(By.id("loginForm:password")).sendKeys(TestAccounts.PASSWORD);
            person.driver.findElement(By.id("loginForm:submit")).click();
            personWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inviteShop"), "Fjord Ceramics"));
            person.driver.findElement(By.id("joinForm:accept")).click();
            personWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("joinForm:joined"), "You work for"));
            person.screenshot("71-storefront-joined-a-shop");
        }
        assertEquals(String.valueOf(shop.vendorId()), Database.single("select vendor_id from app_user where id = ?", inviteeId).orElseThrow());

        browser.open("/shops/" + shop.slug());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shopDescription"), "Hand-made teapots"));
        assertEquals("teapots", browser.driver.findElement(By.cssSelector("#shopDescription b")).getText());
        assertTrue(browser.driver.findElement(By.id("returnPolicy")).getText().contains("Returns within 30 days."));
        assertTrue(!browser.driver.getPageSource().contains("alert('x')"));
        wait.until(d -> (Boolean) browser.driver.executeScript(
                "const img = document.getElementById('shopLogo'); return img != null && img.complete && img.naturalWidth > 0;"));
    }

    @Test
    void aFileWithAWrongLineImportsNothingAndShowsTheProblemThenTheFixedFileImports() throws Exception {
        TestVendors.Shop shop = TestVendors.approvedShop();
        String slug = "bowl-" + UUID.randomUUID().toString().substring(0, 8);
        String header = "product_slug,name,sku,price\r\n";
        signInAsOwner(shop);
        browser.open("/admin/");

        importFile(header + slug + ",Rice Bowl,BOWL-1,45\r\n" + slug + ",,BOWL-2,forty\r\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("importForm:importErrors"), "forty"));
        assertTrue(browser.driver.findElement(By.id("importForm:importErrors")).getText().contains("3 price"));
        assertTrue(browser.driver.findElement(By.id("globalMessages")).getText().contains("Nothing was imported"));
        assertEquals(0, Database.count("select count(*) from product where slug = ?", slug));

        importFile(header + slug + ",Rice Bowl,BOWL-1,45\r\n" + slug + ",,BOWL-2,49\r\n");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "1 products created"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("productsForm:products_data"), "Rice Bowl"));
        assertEquals(2, Database.count("select count(*) from product_variant v join product p on p.id = v.product_id where p.slug = ?", slug));
    }

    @Test
    void aPlatformAdminAddsACategoryAndRenamesIt() throws Exception {
        String slug = "teaware-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
        browser.open("/admin/categories.xhtml");

        type("categoriesForm:newName", "Teaware");
        type("categoriesForm:newSlug", slug);
        new Select(browser.driver.findElement(By.id("categoriesForm:newParent"))).selectByValue("tea");
        browser.driver.findElement(By.id("categoriesForm:create")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Category Teaware added."));
        assertEquals("tea", Database.single("select p.slug from category c join category p on p.id = c.parent_id where c.slug = ?", slug).orElseThrow());

        String row = "//tr[.//a[normalize-space()='/c/" + slug + "']]";
        clickSettled(wait, By.xpath(row + "//a[normalize-space()='Rename or move']"));
        WebDriverWait untilEditable = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
        var name = untilEditable.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$='editName']")));
        name.clear();
        name.sendKeys("Tea things");
        browser.driver.findElement(By.cssSelector("button[id$=':save']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("globalMessages"), "Category Tea things saved."));
        assertEquals("Tea things", Database.single("select name from category where slug = ?", slug).orElseThrow());
    }

    private void signInAsOwner(TestVendors.Shop shop) {
        browser.signInToBackOffice(shop.owner().email(), TestAccounts.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller")));
    }

    private void importFile(String csv) throws Exception {
        Path file = Files.createTempFile("products", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.driver.executeScript("document.querySelector('#importForm details').open = true;");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("importForm:import")));
        browser.driver.findElement(By.id("importForm:file")).sendKeys(file.toString());
        var page = browser.driver.findElement(By.tagName("html"));
        browser.driver.findElement(By.id("importForm:import")).click();
        wait.until(ExpectedConditions.stalenessOf(page)); // the form posts the whole page
        Files.delete(file);
    }
}
