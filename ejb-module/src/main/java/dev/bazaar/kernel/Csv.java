package dev.bazaar.kernel;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as spreadsheets write them (RFC 4180): quoted fields may hold commas, quotes
 * doubled, and line breaks. Written cells that a spreadsheet would run as a formula get a leading
 * apostrophe, so an exported file cannot attack whoever opens it.
 */
public final class Csv {

    private Csv() {
    }

    /** One line, ending in CRLF. */
    public static String row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /**
     * Every record of the text; a byte-order mark and blank lines are skipped.
     *
     * @throws IllegalArgumentException when a quoted field never closes
     */
    public static List<List<String>> parse(Reader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int c = in.read();
        if (c == '\uFEFF') {
            c = in.read();
        }
        while (c != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r') {
                    int next = in.read();
                    if (next != '\n') {
                        c = next;
                        endRecord(records, record, field, fieldStarted);
                        record = new ArrayList<>();
                        fieldStarted = false;
                        continue;
                    }
                }
                endRecord(records, record, field, fieldStarted);
                record = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(ch);
                fieldStarted = true;
            }
            c = in.read();
        }
        if (quoted) {
            throw new IllegalArgumentException("A quoted field is never closed (line " + (records.size() + 1) + ")");
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            endRecord(records, record, field, fieldStarted);
        }
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field, boolean fieldStarted) {
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        } else {
            records.add(List.of()); // a blank line keeps its number so errors can name lines
        }
        field.setLength(0);
    }
}
