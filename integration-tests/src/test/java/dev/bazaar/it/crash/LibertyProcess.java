package dev.bazaar.it.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import dev.bazaar.it.http.Http;

/**
 * The Liberty server the integration tests run against (ear/target/liberty, started by
 * liberty-maven-plugin), killed with SIGKILL and started again with {@code server start}: never a
 * clean start, so its transaction log (usr/servers/bazaar/tranlog) is there to recover from.
 */
final class LibertyProcess {

    /** How long a restarted server may take to answer /health/ready with 200. */
    static final Duration READY_BOUND = Duration.ofSeconds(240);

    private static final Path WLP = Path.of(System.getProperty("wlp.home"));
    private static final Path PID_FILE = WLP.resolve("usr/servers/.pid/bazaar.pid");

    private LibertyProcess() {
    }

    static Path transactionLog() {
        return WLP.resolve("usr/servers/bazaar/tranlog");
    }

    static long pid() {
        try {
            return Long.parseLong(Files.readString(PID_FILE).strip());
        } catch (IOException e) {
            throw new AssertionError("no pid file " + PID_FILE + ": is the server running?", e);
        }
    }

    /** SIGKILL: no shutdown hook, no transaction completion, no flush. Returns once the JVM is gone. */
    static void kill9() {
        long pid = pid();
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("Liberty (pid " + pid + ") is not running"));
        run("kill", "-9", Long.toString(pid));
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Liberty (pid " + pid + ") outlived kill -9", e);
        }
    }

    /** Starts the server again (keeping its work area and transaction log) and returns how long until it was ready. */
    static Duration restart() {
        Instant began = Instant.now();
        run(WLP.resolve("bin/server").toString(), "start", "bazaar");
        awaitReady(began.plus(READY_BOUND));
        return Duration.between(began, Instant.now());
    }

    static void awaitReady(Instant deadline) {
        while (Instant.now().isBefore(deadline)) {
            if (LoadClient.status("/health/ready") == 200) {
                return;
            }
            LoadClient.sleep(250);
        }
        throw new AssertionError("Liberty was not ready at " + Http.BASE_URL + " by " + deadline);
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (exit " + process.exitValue() + ")");
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
