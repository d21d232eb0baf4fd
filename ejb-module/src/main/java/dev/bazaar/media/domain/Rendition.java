package dev.bazaar.media.domain;

/** One stored encoding of a picture: {@code large} for a product page, {@code thumb} for cards and lists. */
public record Rendition(String size, String contentType, int width, int height, String etag, byte[] content) {

    public static final String LARGE = "large";
    public static final String THUMB = "thumb";

    public static boolean isSize(String size) {
        return LARGE.equals(size) || THUMB.equals(size);
    }
}
