package dev.bazaar.admin;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.bazaar.kernel.Csv;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * Answers a back-office post with a CSV file instead of a page: every row a lazy table's current
 * filters and order select, read a page at a time, named {@code <name>-<today>.csv}.
 */
final class CsvDownload {

    private CsvDownload() {
    }

    static <T> void of(String name, List<String> header, PagedLazyModel<T> rows, Function<T, List<?>> line)
            throws IOException {
        write(name, header, rows::forEachRow, line);
    }

    /** The same for rows already read (a table's selection). */
    static <T> void of(String name, List<String> header, List<T> rows, Function<T, List<?>> line) throws IOException {
        write(name, header, rows::forEach, line);
    }

    private static <T> void write(String name, List<String> header, Consumer<Consumer<T>> rows, Function<T, List<?>> line)
            throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType("text/csv; charset=UTF-8");
        response.setResponseHeader("Content-Disposition",
                "attachment; filename=\"" + name + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        response.setResponseHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getResponseOutputStream(), StandardCharsets.UTF_8);
        out.write(Csv.row(header));
        try {
            rows.accept(row -> {
                try {
                    out.write(Csv.row(line.apply(row)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        faces.responseComplete();
    }
}
