package dev.bazaar.media.domain;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import dev.bazaar.kernel.InvalidInputException;

/**
 * Turns an upload into renditions, trusting nothing the client said: the format is read from the
 * bytes, the dimensions from the header before any pixel is decoded (a small file can claim a huge
 * picture), and the picture is drawn afresh, so no metadata and nothing hidden in the file survives.
 * Pictures with transparency become PNG, all others JPEG.
 */
public final class ImageProcessing {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_SIDE = 8000;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MIN_SIDE = 32;
    static final int LARGE_SIDE = 1600;
    static final int THUMB_SIDE = 400;

    private static final Set<String> FORMATS = Set.of("jpeg", "png", "gif");
    private static final float JPEG_QUALITY = 0.86f;

    private ImageProcessing() {
    }

    /** Reads at most {@link #MAX_BYTES}; a longer stream is refused without reading the rest. */
    public static byte[] readUpload(String field, InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException(field, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException(field, "could not be read: the upload broke off");
        }
    }

    /** Checks the upload and renders it; the problem is reported on {@code field}. */
    public static ProcessedImage process(String field, byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidInputException(field, "is empty: choose a picture");
        }
        if (upload.length > MAX_BYTES) {
            throw new InvalidInputException(field, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = readerFor(field, in);
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new InvalidInputException(field, "is " + width + "×" + height
                            + " pixels; the most is " + MAX_SIDE + " on a side and " + MAX_PIXELS / 1_000_000 + " megapixels");
                }
                if (width < MIN_SIDE || height < MIN_SIDE) {
                    throw new InvalidInputException(field, "is " + width + "×" + height
                            + " pixels; a picture needs at least " + MIN_SIDE + " on each side");
                }
                BufferedImage picture = reader.read(0);
                boolean transparent = picture.getColorModel().hasAlpha();
                return new ProcessedImage(format, width, height, List.of(
                        render(Rendition.LARGE, picture, LARGE_SIDE, transparent),
                        render(Rendition.THUMB, picture, THUMB_SIDE, transparent)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(field, "could not be read as a picture; it may be damaged");
        }
    }

    private static ImageReader readerFor(String field, ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers != null && readers.hasNext()) {
            ImageReader reader = readers.next();
            if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                return reader;
            }
            reader.dispose();
        }
        throw new InvalidInputException(field, "is not a JPEG, PNG or GIF picture");
    }

    private static Rendition render(String size, BufferedImage picture, int maxSide, boolean transparent) throws IOException {
        double scale = Math.min(1.0, (double) maxSide / Math.max(picture.getWidth(), picture.getHeight()));
        int width = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        BufferedImage canvas = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!transparent) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(stepDown(picture, width, height), 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        byte[] bytes = transparent ? png(canvas) : jpeg(canvas);
        return new Rendition(size, transparent ? "image/png" : "image/jpeg", width, height, etag(bytes), bytes);
    }

    /** Halves the picture until one more step reaches the target: one big bicubic step looks grainy. */
    private static BufferedImage stepDown(BufferedImage picture, int width, int height) {
        BufferedImage current = picture;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            int w = current.getWidth() / 2;
            int h = current.getHeight() / 2;
            BufferedImage half = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = half.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = half;
        }
        return current;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static String etag(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
