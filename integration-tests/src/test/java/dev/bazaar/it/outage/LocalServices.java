package dev.bazaar.it.outage;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Stops and starts the real local services under the running server (scripts/services.sh). */
public final class LocalServices {

    private LocalServices() {
    }

    public static void run(String action, String which) {
        try {
            Process process = new ProcessBuilder("bash", System.getProperty("bazaar.services-script"), action, which)
                    .inheritIO().start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError("services.sh " + action + " " + which + " failed");
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
