package dev.bazaar.media.application;

import dev.bazaar.media.domain.StoredImage;

/** A picture as pages and the API list it; its renditions are fetched by id and size. */
public record ImageView(long id, String altText, int width, int height, int position) {

    public static ImageView of(StoredImage image) {
        return new ImageView(image.id(), image.altText(), image.width(), image.height(), image.position());
    }
}
