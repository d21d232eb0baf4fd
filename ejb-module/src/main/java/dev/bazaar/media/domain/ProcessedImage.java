package dev.bazaar.media.domain;

import java.util.List;

/** An upload that passed every check: the picture's own size and the renditions to store. */
public record ProcessedImage(String format, int width, int height, List<Rendition> renditions) {
}
