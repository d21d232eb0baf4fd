package dev.bazaar.admin;

import java.io.IOException;
import java.io.InputStream;

import dev.bazaar.kernel.InvalidInputException;
import jakarta.servlet.http.Part;

/** Reads a file a form uploaded, never more than {@code maxBytes} + 1 (the service says what is too big). */
final class Uploads {

    private Uploads() {
    }

    static byte[] read(Part file, int maxBytes) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new InvalidInputException("file", "could not be read: the upload broke off");
        }
    }
}
