package dev.bazaar.api.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class NulEscapeGuardTest {

    @Test
    void refusesTheNulEscapeWhereverTheReadsSplitIt() {
        String json = "{\"name\":\"Mug\\u0000\"}";
        assertThrows(NulEscapeGuard.NulFound.class, () -> readAll(json, 1));
        assertThrows(NulEscapeGuard.NulFound.class, () -> readAll(json, 3));
        assertThrows(NulEscapeGuard.NulFound.class, () -> readAll(json, 64));
        assertThrows(NulEscapeGuard.NulFound.class, () -> readAll("{\"a\":\"\\\\\\u0000\"}", 5), "an escaped backslash, then the escape");
    }

    @Test
    void passesEverythingElseThroughUnchanged() throws IOException {
        for (String json : new String[] {"{\"name\":\"Mug \\u00e9\"}", "{\"a\":\"\\\\u0000\"}", "{\"a\":\"u0000\"}",
                "{\"a\":\"\\u0001\\n\"}", "{\"a\":\"\\\\\\\\u0000\"}"}) {
            assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), readAll(json, 2), json);
        }
    }

    private static byte[] readAll(String json, int chunk) throws IOException {
        try (NulEscapeGuard guard = new NulEscapeGuard(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            var out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[chunk];
            int n;
            while ((n = chunk == 1 ? single(guard, buffer) : guard.read(buffer, 0, chunk)) != -1) {
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static int single(NulEscapeGuard guard, byte[] buffer) throws IOException {
        int b = guard.read();
        if (b == -1) {
            return -1;
        }
        buffer[0] = (byte) b;
        return 1;
    }
}
