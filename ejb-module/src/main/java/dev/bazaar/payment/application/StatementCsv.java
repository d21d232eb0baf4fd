package dev.bazaar.payment.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A monthly statement as CSV, in the ledger export's columns ({@link LedgerCsv}): a first line with the
 * opening balance, one line per entry, then one total per kind and the closing balance.
 */
public final class StatementCsv {

    private StatementCsv() {
    }

    public static List<List<Object>> rows(StatementView statement) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(summary(statement, statement.from().toString(), "OPENING_BALANCE", statement.opening().toDecimal(),
                "Balance when " + statement.month() + " began"));
        statement.entries().forEach(entry -> rows.add(LedgerCsv.row(entry)));
        for (StatementView.KindTotal kind : statement.byKind()) {
            rows.add(summary(statement, statement.to().toString(), "TOTAL_" + kind.kind(), kind.total().toDecimal(),
                    kind.count() + " entries in " + statement.month()));
        }
        rows.add(summary(statement, statement.to().toString(), "CLOSING_BALANCE", statement.closing().toDecimal(),
                "Balance when " + statement.month() + " ended"));
        return rows;
    }

    private static List<Object> summary(StatementView statement, String at, String kind, Object amount, String memo) {
        return Arrays.asList(at, kind, null, null, statement.currency(), amount, null, memo);
    }
}
