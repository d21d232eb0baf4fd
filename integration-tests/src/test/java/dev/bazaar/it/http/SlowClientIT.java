package dev.bazaar.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * Slow clients (docs/api.md, "Limits"): a request body trickled a byte a second, or never sent after
 * its headers, is ended by the server's read timeout (15 s, server.xml); one streamed steadily but
 * too slowly (8 KB a second) by the API's deadline for a whole JSON body (30 s); each with a 408
 * problem. Meanwhile the server keeps answering everyone else at once.
 */
class SlowClientIT {

    /** The 30 s body deadline, plus one read timeout of slack for a loaded machine. */
    private static final Duration BOUND = Duration.ofSeconds(45);

    @Test
    void slowBodiesAreCutOffAndOthersAreServedMeanwhile() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(3); // the common pool may have a single thread
        try (Socket trickler = open(); Socket silent = open(); Socket steady = open()) {
            long start = System.nanoTime();
            sendHeaders(trickler, 10_000);
            sendHeaders(silent, 10_000);
            sendHeaders(steady, 600_000);
            CompletableFuture<Answer> trickled = timed(start, () -> send(trickler, 10_000, 1, 1_000), clients);
            CompletableFuture<Answer> waited = timed(start, () -> answer(silent), clients);
            // 8 KB a second: never 15 s without bytes, but 600 KB would take 75 s
            CompletableFuture<Answer> streamed = timed(start, () -> send(steady, 600_000, 2_000, 250), clients);

            List<Long> othersMillis = new ArrayList<>();
            while (!streamed.isDone() && elapsed(start).compareTo(BOUND) < 0) {
                long asked = System.nanoTime();
                HttpResponse<String> other = Http.get("/api/v1/categories");
                assertEquals(200, other.statusCode(), other.body());
                othersMillis.add((System.nanoTime() - asked) / 1_000_000);
                Thread.sleep(2_000);
            }

            for (Answer answer : List.of(trickled.get(), waited.get(), streamed.get())) {
                assertTrue(answer.text().startsWith("HTTP/1.1 408"), answer.text());
                assertTrue(answer.text().contains("application/problem+json") && answer.text().contains("\"status\":408"), answer.text());
                assertFalse(answer.text().contains("Exception"), answer.text());
                assertTrue(answer.after().compareTo(BOUND) < 0, "cut off after " + answer.after());
            }
            assertTrue(streamed.get().text().contains("did not arrive within 30 seconds"), streamed.get().text());
            assertTrue(streamed.get().after().compareTo(Duration.ofSeconds(29)) > 0, "not before its time: " + streamed.get().after());
            assertTrue(othersMillis.size() >= 10 && othersMillis.stream().allMatch(ms -> ms < 5_000),
                    "others answered meanwhile, in ms: " + othersMillis);
        } finally {
            clients.shutdownNow();
        }
    }

    private record Answer(String text, Duration after) {
    }

    private static CompletableFuture<Answer> timed(long startNanos, Supplier<String> client, ExecutorService threads) {
        return CompletableFuture.supplyAsync(() -> new Answer(client.get(), elapsed(startNanos)), threads);
    }

    private static Socket open() throws IOException {
        URI base = URI.create(Http.BASE_URL);
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout((int) BOUND.toMillis());
        return socket;
    }

    private static void sendHeaders(Socket socket, int contentLength) throws IOException {
        URI base = URI.create(Http.BASE_URL);
        socket.getOutputStream().write(("POST /api/v1/auth/register HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nContent-Type: application/json\r\nX-Forwarded-For: " + Http.someClientAddress()
                + "\r\nContent-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /**
     * Sends a JSON body of {@code length} bytes, {@code bytes} at a time every {@code pauseMillis}, until
     * the server answers or hangs up; returns what it answered.
     */
    private static String send(Socket socket, int length, int bytes, long pauseMillis) {
        try {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] start = "{\"email\":\"slow@example.org\",\"name\":\"".getBytes(StandardCharsets.US_ASCII);
            byte[] body = new byte[length];
            Arrays.fill(body, (byte) ' ');
            System.arraycopy(start, 0, body, 0, start.length);
            for (int sent = 0; sent < length && in.available() == 0; sent += bytes) {
                try {
                    out.write(body, sent, Math.min(bytes, length - sent));
                    out.flush();
                } catch (IOException e) {
                    break; // the server hung up: read what it said
                }
                Thread.sleep(pauseMillis);
            }
            return answer(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the server answered before it closed the connection (or before the bound), empty if nothing. */
    private static String answer(Socket socket) {
        StringBuilder answer = new StringBuilder();
        try {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int n;
            while ((n = in.read(buffer)) != -1) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (answer.indexOf("\r\n\r\n") > 0 && answer.toString().contains("}")) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            answer.append("(no answer within ").append(BOUND.toSeconds()).append(" s)");
        } catch (IOException e) {
            answer.append("(connection ended: ").append(e.getMessage()).append(')');
        }
        return answer.toString();
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
