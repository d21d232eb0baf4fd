package dev.bazaar.api.v1;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.media.application.Pictures;
import jakarta.ws.rs.core.EntityPart;

/** Reads the parts of a multipart/form-data upload: a picture file (size-capped while reading) and short texts. */
final class Multipart {

    /** An uploaded file: its bytes and the name the client gave it. */
    record Upload(byte[] content, String fileName) {
    }

    private Multipart() {
    }

    static Upload picture(List<EntityPart> parts, String name) {
        EntityPart file = part(parts, name).orElseThrow(() ->
                new InvalidInputException(name, "is required: send the picture as the multipart part '" + name + "'"));
        return new Upload(Pictures.readUpload(name, file.getContent()), file.getFileName().orElse(null));
    }

    /** A short text part, read as UTF-8; absent is null. */
    static String text(List<EntityPart> parts, String name) {
        return part(parts, name).map(part -> {
            try (var in = part.getContent()) {
                return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidInputException(name, "could not be read");
            }
        }).orElse(null);
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }
}
