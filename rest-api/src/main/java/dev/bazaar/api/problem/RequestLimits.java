package dev.bazaar.api.problem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import dev.bazaar.catalog.application.ProductImport;
import dev.bazaar.media.application.Pictures;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

/**
 * What the API refuses before any resource reads the request: a body over its size limit (413; said
 * up front by Content-Length, or found while reading a chunked body, which is never read past the
 * limit), a body still arriving when its time is up (408), a multipart body without its boundary
 * (400), and control characters in a query parameter (422 naming the parameter). JSON bodies take
 * {@value #JSON_LIMIT} bytes in {@value #JSON_SECONDS} seconds; the picture and logo uploads the
 * picture limit plus room for the multipart framing; the CSV import its own limit plus the same room,
 * so that the endpoints' own, more precise refusals still answer files just over them; uploads and
 * imports get {@value #UPLOAD_SECONDS} seconds. Between two reads the server's own read timeout
 * (httpOptions in server.xml) applies, so a client that sends nothing at all is cut off sooner.
 */
@Provider
@PreMatching
public class RequestLimits implements ContainerRequestFilter {

    public static final int JSON_LIMIT = 1024 * 1024;
    static final int FRAMING = 64 * 1024;
    static final int UPLOAD_LIMIT = Pictures.MAX_UPLOAD_BYTES + FRAMING;
    static final int IMPORT_LIMIT = ProductImport.MAX_BYTES + FRAMING;
    static final int JSON_SECONDS = 30;
    static final int UPLOAD_SECONDS = 120;

    @Override
    public void filter(ContainerRequestContext request) {
        Map<String, List<String>> query;
        try {
            query = request.getUriInfo().getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            request.abortWith(Problem.response(Status.BAD_REQUEST, "The query string is not valid percent-encoding",
                    Map.of("query", "is not valid percent-encoding")));
            return;
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            boolean hostile = hasControlCharacter(name) || parameter.getValue().stream().anyMatch(RequestLimits::hasControlCharacter);
            if (hostile) {
                String field = hasControlCharacter(name) ? "query" : name;
                request.abortWith(Problem.response(ProblemMappers.UNPROCESSABLE,
                        "A query parameter holds a control character", Map.of(field, "must not contain control characters")));
                return;
            }
        }
        MediaType type = request.getMediaType();
        if (type != null && MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type)) {
            String boundary = type.getParameters().get("boundary");
            if (boundary == null || boundary.isBlank()) {
                request.abortWith(Problem.response(Status.BAD_REQUEST,
                        "The body is multipart/form-data without a boundary: send Content-Type multipart/form-data; boundary=...",
                        Map.of("body", "has no multipart boundary")));
                return;
            }
        }
        long limit = limitFor(request.getUriInfo().getPath(), type);
        if (request.getLength() > limit) {
            request.abortWith(Problem.response(Status.REQUEST_ENTITY_TOO_LARGE, new BodyTooLargeException(limit).getMessage()));
            return;
        }
        int seconds = limit == JSON_LIMIT ? JSON_SECONDS : UPLOAD_SECONDS;
        request.setEntityStream(new Capped(request.getEntityStream(), limit, seconds, System.nanoTime()));
    }

    /** The uploads take more; everything else is JSON (or nothing) and takes {@link #JSON_LIMIT}. */
    static long limitFor(String path, MediaType type) {
        String p = path == null ? "" : path.replaceAll("^/+", "").replaceAll("/+$", "");
        p = p.startsWith("v1/") ? p.substring(3) : p;
        if (p.equals("vendor/products/import")) {
            return IMPORT_LIMIT;
        }
        if (type != null && MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type)
                && (p.matches("vendor/products/[0-9]+/images") || p.equals("vendor/shop/logo"))) {
            return UPLOAD_LIMIT;
        }
        return JSON_LIMIT;
    }

    static boolean hasControlCharacter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : (bytes + 1023) / 1024 + " KiB";
    }

    /**
     * Reads through to the limit, then refuses; the rest of the body is never read into memory. A read
     * that ends after the deadline refuses too, however little it brought.
     */
    static final class Capped extends FilterInputStream {

        private final long limit;
        private final int seconds;
        private final long deadline;
        private long read;

        Capped(InputStream in, long limit, int seconds, long startNanos) {
            super(in);
            this.limit = limit;
            this.seconds = seconds;
            this.deadline = startNanos + seconds * 1_000_000_000L;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            if (System.nanoTime() - deadline > 0) {
                throw new BodyTooSlowException(seconds);
            }
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
