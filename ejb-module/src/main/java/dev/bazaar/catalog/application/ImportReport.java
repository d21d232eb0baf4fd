package dev.bazaar.catalog.application;

import java.util.List;

/**
 * What a CSV import did, or why it did nothing: either every row was written, or, when any row is
 * wrong, none is and each problem is listed by line (the header is line 1) and column.
 */
public record ImportReport(boolean imported, int rows, int productsCreated, int productsUpdated, int variantsCreated,
                           int variantsUpdated, int stockCountsSet, List<RowError> errors) {

    /** One problem in one line of the file. */
    public record RowError(int line, String column, String message) {
    }

    static ImportReport refused(int rows, List<RowError> errors) {
        return new ImportReport(false, rows, 0, 0, 0, 0, 0, List.copyOf(errors));
    }
}
