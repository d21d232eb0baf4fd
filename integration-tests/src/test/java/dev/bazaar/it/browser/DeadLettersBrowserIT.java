package dev.bazaar.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.bazaar.it.http.Database;
import dev.bazaar.it.http.TestBroker;
import jakarta.json.Json;

/** A platform admin finds dead letters by event id, reads one whole, replays it, and discards another. */
class DeadLettersBrowserIT extends BrowserTest {

    private static final By MESSAGES = By.id("deadLettersForm:messages");

    @Test
    void anAdminReplaysOneDeadLetterAndDiscardsAnother() throws Exception {
        String replayed = UUID.randomUUID().toString();
        String aggregate = "DL-" + replayed.substring(0, 8);
        TestBroker.deadLetter("bazaar.events::event-log", Json.createObjectBuilder().add("eventId", replayed)
                .add("type", "test.replayed").add("occurredAt", Instant.now().toString()).add("aggregateId", aggregate)
                .add("payload", Json.createObjectBuilder().add("note", "waited in the dead-letter queue")).build().toString(),
                Map.of("type", "test.replayed", "eventId", replayed));
        String discarded = UUID.randomUUID().toString();
        TestBroker.deadLetter("bazaar.events::order-notifications", "not an event", Map.of("type", "order.poison", "eventId", discarded));

        browser.open("/admin/");
        browser.signInToBackOffice(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Dead letters"))).click();
        WebElement row = searchForTheOnlyRow("deadLettersForm", "letters", replayed);
        assertEquals("bazaar.events::event-log", row.findElement(By.className("dead-letter-origin")).getText());
        assertEquals("test.replayed", row.findElement(By.className("dead-letter-type")).getText());
        row.findElement(By.className("ui-row-toggler")).click();
        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("dead-letter-body")));
        assertTrue(body.getText().contains("waited in the dead-letter queue"), body.getText());
        browser.screenshot("16-admin-dead-letters");

        clickSettled(wait, By.xpath("//tbody[@id='deadLettersForm:letters_data']//button[.//span[text()='Replay']]"));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "is sent back to bazaar.events::event-log"));
        Database.awaitEvent("test.replayed", aggregate);

        browser.driver.findElement(By.id("deadLettersForm:search")).clear();
        searchForTheOnlyRow("deadLettersForm", "letters", discarded);
        clickSettled(wait, By.xpath("//tbody[@id='deadLettersForm:letters_data']//button[.//span[text()='Discard']]"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(MESSAGES, "is discarded."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deadLettersForm:letters_data"),
                "The dead-letter queue holds nothing here."));
    }
}
