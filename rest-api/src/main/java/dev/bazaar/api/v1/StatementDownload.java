package dev.bazaar.api.v1;

import dev.bazaar.kernel.Csv;
import dev.bazaar.payment.application.LedgerCsv;
import dev.bazaar.payment.application.StatementCsv;
import dev.bazaar.payment.application.StatementView;
import jakarta.ws.rs.core.Response;

/**
 * A monthly statement as a CSV download, the same file the back office's statement page gives: the
 * ledger export's columns, an opening line, the entries, a total per kind and the closing line.
 */
final class StatementDownload {

    private StatementDownload() {
    }

    static Response of(StatementView statement) {
        StringBuilder csv = new StringBuilder(Csv.row(LedgerCsv.HEADER));
        StatementCsv.rows(statement).forEach(row -> csv.append(Csv.row(row)));
        return Response.ok(csv.toString())
                .header("Content-Disposition", "attachment; filename=\"statement-" + statement.vendorId() + "-" + statement.month()
                        + "-" + statement.currency() + ".csv\"")
                .build();
    }
}
