package dev.bazaar.admin;

import dev.bazaar.kernel.BulkOutcome;
import dev.bazaar.web.PageMessages;

/**
 * How a bulk action's outcome reads at the top of the page: how many rows were done (in success styling)
 * and how many were refused (as an error; the reasons are listed by {@code includes/bulk-report.xhtml}).
 */
final class BulkMessages {

    private BulkMessages() {
    }

    static void report(BulkOutcome outcome, String doneLabel, String one, String many) {
        int done = outcome.done().size();
        int refused = outcome.refused().size();
        if (done > 0) {
            PageMessages.info(doneLabel + ": " + done + " " + (done == 1 ? one : many) + ".");
        }
        if (refused > 0) {
            PageMessages.error("Not done for " + refused + " " + (refused == 1 ? one : many) + ": the reasons are listed below.");
        }
    }
}
