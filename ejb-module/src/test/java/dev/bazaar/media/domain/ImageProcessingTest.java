package dev.bazaar.media.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import dev.bazaar.kernel.InvalidInputException;

class ImageProcessingTest {

    @Test
    void aLargePhotoBecomesAJpegOfAtMost1600AndAThumbnailOfAtMost400KeepingItsShape() throws IOException {
        ProcessedImage processed = ImageProcessing.process("file", encode(new BufferedImage(3200, 1600, BufferedImage.TYPE_INT_RGB), "png"));

        assertEquals(3200, processed.width());
        Rendition large = processed.renditions().get(0);
        Rendition thumb = processed.renditions().get(1);
        assertEquals("image/jpeg", large.contentType(), "no transparency: JPEG");
        assertEquals(1600, large.width());
        assertEquals(800, large.height());
        assertEquals(400, thumb.width());
        assertEquals(200, thumb.height());
        assertEquals(1600, ImageIO.read(new ByteArrayInputStream(large.content())).getWidth());
        assertNotEquals(large.etag(), thumb.etag());
    }

    @Test
    void transparencyStaysAsPngAndSmallPicturesAreNeverEnlarged() throws IOException {
        ProcessedImage processed = ImageProcessing.process("file", encode(new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB), "png"));

        assertEquals("image/png", processed.renditions().get(0).contentType());
        assertEquals(120, processed.renditions().get(0).width());
        assertEquals(120, processed.renditions().get(1).width());
    }

    @Test
    void whatIsNotAnAllowedPictureIsRefusedByField() throws IOException {
        assertEquals("is not a JPEG, PNG or GIF picture", problem("<svg onload=alert(1)>".getBytes()));
        assertEquals("is not a JPEG, PNG or GIF picture", problem(encode(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "bmp")));
        assertTrue(problem(new byte[0]).startsWith("is empty"));
        assertTrue(problem(encode(new BufferedImage(8001, 32, BufferedImage.TYPE_BYTE_BINARY), "png")).startsWith("is 8001×32 pixels"));
        assertTrue(problem(encode(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png")).contains("at least 32"));
        byte[] cut = encode(new BufferedImage(500, 500, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] truncated = java.util.Arrays.copyOf(cut, 40);
        assertEquals("could not be read as a picture; it may be damaged", problem(truncated));
    }

    @Test
    void aStreamLongerThanTheLimitIsRefusedWithoutReadingItAll() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ImageProcessing.readUpload("file", new ByteArrayInputStream(new byte[ImageProcessing.MAX_BYTES + 10])));
        assertEquals("is larger than 5 MB", refused.fieldErrors().get("file"));
    }

    private static String problem(byte[] upload) {
        return assertThrows(InvalidInputException.class, () -> ImageProcessing.process("file", upload)).fieldErrors().get("file");
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
