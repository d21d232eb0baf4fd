package dev.bazaar.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        assertEquals("plain,\"a, b\",\"say \"\"hi\"\"\",'=SUM(A1),-5,\r\n",
                Csv.row(Arrays.asList("plain", "a, b", "say \"hi\"", "=SUM(A1)", -5, null)));
        assertEquals("\"two\nlines\",'@cmd\r\n", Csv.row(List.of("two\nlines", "@cmd")));
    }

    @Test
    void everyCellASpreadsheetWouldRunIsText() {
        assertEquals("'+1+1,'-2+3,'@SUM(A1),'\tx,\"'\r=1\",\"'=HYPERLINK(\"\"http://evil.example\"\")\",'=cmd|' /C calc'!A0\r\n",
                Csv.row(List.of("+1+1", "-2+3", "@SUM(A1)", "\tx", "\r=1", "=HYPERLINK(\"http://evil.example\")", "=cmd|' /C calc'!A0")));
        assertEquals("-5,12.50,plain text\r\n", Csv.row(Arrays.asList(-5, new BigDecimal("12.50"), "plain text")),
                "numbers and plain text stay as they are");
    }

    @Test
    void readsQuotedFieldsLineBreaksAndBlankLinesKeepingLineNumbers() throws IOException {
        List<List<String>> records = Csv.parse(new StringReader("\uFEFFsku,price\r\n\"A,1\",\"12.50\"\r\n\r\n\"two\nlines\",\"x\"\"y\"\nlast,"));

        assertEquals(List.of("sku", "price"), records.get(0));
        assertEquals(List.of("A,1", "12.50"), records.get(1));
        assertEquals(List.of(), records.get(2));
        assertEquals(List.of("two\nlines", "x\"y"), records.get(3));
        assertEquals(List.of("last", ""), records.get(4));
        assertEquals(5, records.size());
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Csv.parse(new StringReader("a,\"never closed\n")));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        List<String> cells = List.of("Oak board, large", "He said \"hi\"", "multi\r\nline", "");
        assertEquals(List.of(cells), Csv.parse(new StringReader(Csv.row(cells))));
    }
}
