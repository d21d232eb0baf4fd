package dev.bazaar.catalog.infrastructure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Draws a product picture for the demo catalogs, offline: a soft backdrop tinted by the product's
 * colour, a shadow, and a simple silhouette of the kind of thing it is (a pan, a book, a tent...) in
 * that colour with a gradient and highlights. The same kind, colour and seed always give the same
 * picture; the result is a PNG, as a shop would upload it.
 */
final class ProductIllustration {

    static final int SIDE = 800;

    private final Graphics2D g;
    private final Color colour;
    private final Random random;

    private ProductIllustration(Graphics2D g, Color colour, long seed) {
        this.g = g;
        this.colour = colour;
        this.random = new Random(seed);
    }

    /** The picture as PNG bytes; an unknown kind is drawn as a parcel. */
    static byte[] png(String kind, String hexColour, long seed) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            new ProductIllustration(g, Color.decode(hexColour), seed).draw(kind);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void draw(String kind) {
        backdrop();
        switch (kind) {
            case "pan" -> pan();
            case "pot" -> pot();
            case "knife" -> knife();
            case "board" -> board();
            case "bowl" -> bowl();
            case "cup" -> cup();
            case "spoon" -> spoon();
            case "cloth" -> cloth();
            case "candle" -> candles();
            case "lamp" -> lamp();
            case "vase" -> vase();
            case "book" -> book();
            case "pen" -> pen();
            case "bottle" -> bottle();
            case "tent" -> tent();
            case "bag" -> bag();
            case "jacket" -> jacket();
            case "pouch" -> pouch();
            case "teapot" -> teapot();
            case "tin" -> tin();
            case "tool" -> tool();
            case "blocks" -> blocks();
            case "bear" -> bear();
            case "ring" -> ring();
            case "poles" -> poles();
            default -> box();
        }
    }

    private void backdrop() {
        g.setPaint(new GradientPaint(0, 0, mix(colour, Color.WHITE, 0.90), 0, SIDE, mix(colour, Color.WHITE, 0.76)));
        g.fillRect(0, 0, SIDE, SIDE);
        g.setColor(mix(colour, Color.WHITE, 0.82));
        double r = 250 + random.nextInt(60);
        g.fill(new Ellipse2D.Double(400 - r, 380 - r, 2 * r, 2 * r));
        g.setColor(new Color(255, 255, 255, 90));
        for (int i = 0; i < 6; i++) {
            double d = 12 + random.nextInt(30);
            double x = random.nextInt(SIDE);
            double y = random.nextInt(SIDE / 3);
            g.fill(new Ellipse2D.Double(x, y, d, d));
        }
        g.setColor(new Color(0, 0, 0, 30));
        g.fill(new Ellipse2D.Double(170, 610, 460, 70));
    }

    /** Fills with the product's colour, lighter at the top left, darker at the bottom right. */
    private void body(Shape shape) {
        body(shape, colour);
    }

    private void body(Shape shape, Color base) {
        Rectangle2D b = shape.getBounds2D();
        g.setPaint(new GradientPaint((float) b.getMinX(), (float) b.getMinY(), mix(base, Color.WHITE, 0.28),
                (float) b.getMaxX(), (float) b.getMaxY(), mix(base, Color.BLACK, 0.18)));
        g.fill(shape);
        g.setColor(mix(base, Color.BLACK, 0.35));
        g.setStroke(new BasicStroke(3f));
        g.draw(shape);
    }

    private void shine(Shape shape) {
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(shape);
    }

    private void line(Color c, float width, Shape shape) {
        g.setColor(c);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    private Color dark() {
        return mix(colour, Color.BLACK, 0.45);
    }

    private Color light() {
        return mix(colour, Color.WHITE, 0.65);
    }

    private static Color wood() {
        return new Color(0x9a, 0x6b, 0x3f);
    }

    private void pan() {
        Shape handle = rotated(new RoundRectangle2D.Double(540, 395, 230, 40, 40, 40), -12, 540, 415);
        body(handle, mix(colour, Color.BLACK, 0.3));
        body(new Ellipse2D.Double(130, 330, 460, 240));
        g.setColor(mix(colour, Color.BLACK, 0.3));
        g.fill(new Ellipse2D.Double(160, 350, 400, 190));
        shine(new Ellipse2D.Double(200, 370, 150, 50));
    }

    private void pot() {
        body(new RoundRectangle2D.Double(140, 390, 60, 36, 30, 30), dark());
        body(new RoundRectangle2D.Double(600, 390, 60, 36, 30, 30), dark());
        body(new RoundRectangle2D.Double(190, 330, 420, 310, 60, 60));
        body(new Ellipse2D.Double(180, 290, 440, 80), mix(colour, Color.WHITE, 0.15));
        body(new Ellipse2D.Double(365, 262, 70, 40), dark());
        shine(new RoundRectangle2D.Double(230, 380, 40, 220, 40, 40));
    }

    private void knife() {
        Path2D blade = new Path2D.Double();
        blade.moveTo(120, 470);
        blade.curveTo(230, 360, 380, 330, 500, 340);
        blade.lineTo(500, 420);
        blade.lineTo(120, 470);
        blade.closePath();
        AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(-14), 400, 400);
        body(turn.createTransformedShape(blade), new Color(0xc9, 0xce, 0xd3));
        body(turn.createTransformedShape(new RoundRectangle2D.Double(495, 335, 210, 90, 40, 40)));
        g.setColor(light());
        for (int x : new int[] {540, 600, 660}) {
            g.fill(turn.createTransformedShape(new Ellipse2D.Double(x, 372, 16, 16)));
        }
    }

    private void board() {
        Shape board = rotated(new RoundRectangle2D.Double(150, 280, 500, 320, 60, 60), -8, 400, 440);
        body(board);
        g.setColor(mix(colour, Color.BLACK, 0.15));
        g.setStroke(new BasicStroke(3f));
        for (int i = 0; i < 5; i++) {
            double y = 320 + i * 55 + random.nextInt(15);
            g.draw(rotated(new Arc2D.Double(190, y, 420, 40, 10, 160, Arc2D.OPEN), -8, 400, 440));
        }
        g.setColor(mix(colour, Color.WHITE, 0.8));
        g.fill(rotated(new Ellipse2D.Double(570, 410, 46, 46), -8, 400, 440));
    }

    private void bowl() {
        body(new Arc2D.Double(150, 200, 500, 440, 180, 180, Arc2D.CHORD));
        body(new Ellipse2D.Double(150, 385, 500, 70), mix(colour, Color.BLACK, 0.3));
        body(new RoundRectangle2D.Double(320, 620, 160, 24, 20, 20));
        shine(new Arc2D.Double(200, 250, 380, 340, 200, 50, Arc2D.OPEN));
    }

    private void cup() {
        line(mix(colour, Color.BLACK, 0.2), 34f, new Ellipse2D.Double(470, 360, 150, 160));
        Path2D cup = new Path2D.Double();
        cup.moveTo(210, 300);
        cup.lineTo(530, 300);
        cup.lineTo(500, 600);
        cup.quadTo(370, 650, 240, 600);
        cup.closePath();
        body(cup);
        body(new Ellipse2D.Double(210, 280, 320, 44), dark());
        shine(new RoundRectangle2D.Double(250, 340, 34, 200, 30, 30));
        line(new Color(255, 255, 255, 150), 6f, new Arc2D.Double(320, 160, 60, 100, 200, 180, Arc2D.OPEN));
        line(new Color(255, 255, 255, 150), 6f, new Arc2D.Double(380, 150, 60, 110, 20, 180, Arc2D.OPEN));
    }

    private void spoon() {
        for (int i = 0; i < 3; i++) {
            AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(-35 + i * 20), 400, 640);
            Color c = i == 1 ? colour : mix(colour, i == 0 ? Color.WHITE : Color.BLACK, 0.2);
            body(turn.createTransformedShape(new RoundRectangle2D.Double(385, 320, 30, 330, 30, 30)), c);
            body(turn.createTransformedShape(new Ellipse2D.Double(335, 150, 130, 190)), c);
        }
    }

    private void cloth() {
        Color[] layers = {mix(colour, Color.BLACK, 0.2), colour, mix(colour, Color.WHITE, 0.2)};
        for (int i = 0; i < 3; i++) {
            double y = 480 - i * 90;
            Shape fold = new RoundRectangle2D.Double(170 + i * 15, y, 460 - i * 30, 120, 50, 50);
            body(fold, layers[i]);
            g.setColor(new Color(255, 255, 255, 80));
            g.setStroke(new BasicStroke(8f));
            g.draw(new Rectangle2D.Double(230 + i * 15, y + 30, 340 - i * 30, 60));
        }
        g.setColor(dark());
        for (int x = 250; x <= 550; x += 40) {
            g.fill(new RoundRectangle2D.Double(x, 585, 10, 40, 10, 10));
        }
    }

    private void candles() {
        int[][] sizes = {{200, 360, 130, 270}, {345, 260, 120, 370}, {480, 400, 125, 230}};
        for (int[] s : sizes) {
            body(new RoundRectangle2D.Double(s[0], s[1], s[2], s[3], 26, 26));
            body(new Ellipse2D.Double(s[0], s[1] - 14, s[2], 30), mix(colour, Color.WHITE, 0.35));
            line(new Color(0x40, 0x30, 0x20), 5f, new Rectangle2D.Double(s[0] + s[2] / 2.0, s[1] - 40, 0.1, 26));
            Path2D flame = new Path2D.Double();
            double x = s[0] + s[2] / 2.0;
            flame.moveTo(x, s[1] - 110);
            flame.quadTo(x + 32, s[1] - 50, x, s[1] - 38);
            flame.quadTo(x - 32, s[1] - 50, x, s[1] - 110);
            g.setPaint(new GradientPaint((float) x, s[1] - 110, new Color(0xff, 0xd1, 0x66), (float) x, s[1] - 38, new Color(0xf0, 0x6a, 0x1c)));
            g.fill(flame);
        }
    }

    private void lamp() {
        body(new Ellipse2D.Double(260, 600, 280, 50), dark());
        body(new RoundRectangle2D.Double(388, 380, 24, 240, 20, 20), dark());
        Path2D shade = new Path2D.Double();
        shade.moveTo(300, 170);
        shade.lineTo(500, 170);
        shade.lineTo(590, 400);
        shade.lineTo(210, 400);
        shade.closePath();
        body(shade);
        g.setColor(new Color(255, 236, 170, 120));
        g.fill(new Ellipse2D.Double(230, 380, 340, 50));
        shine(new Rectangle2D.Double(300, 200, 30, 180));
    }

    private void vase() {
        Path2D vase = new Path2D.Double();
        vase.moveTo(350, 200);
        vase.lineTo(450, 200);
        vase.curveTo(450, 300, 600, 360, 580, 500);
        vase.curveTo(570, 600, 500, 640, 400, 640);
        vase.curveTo(300, 640, 230, 600, 220, 500);
        vase.curveTo(200, 360, 350, 300, 350, 200);
        vase.closePath();
        body(vase);
        body(new Ellipse2D.Double(340, 186, 120, 30), dark());
        shine(new Arc2D.Double(250, 360, 200, 240, 120, 90, Arc2D.PIE));
        line(mix(colour, Color.WHITE, 0.5), 10f, new Arc2D.Double(230, 430, 340, 60, 180, 180, Arc2D.OPEN));
        Color leaf = new Color(0x4c, 0x8a, 0x4a);
        for (int i = 0; i < 3; i++) {
            body(rotated(new Ellipse2D.Double(380, 40, 44, 160), -30 + i * 30, 400, 200), leaf);
        }
    }

    private void book() {
        body(new RoundRectangle2D.Double(260, 175, 310, 450, 16, 16), new Color(0xf4, 0xef, 0xe4));
        Shape cover = new RoundRectangle2D.Double(230, 160, 310, 450, 20, 20);
        body(cover);
        g.setColor(mix(colour, Color.BLACK, 0.25));
        g.fill(new RoundRectangle2D.Double(230, 160, 40, 450, 20, 20));
        g.setColor(light());
        g.fill(new RoundRectangle2D.Double(320, 260, 160, 70, 10, 10));
        g.setColor(dark());
        g.fill(new RoundRectangle2D.Double(490, 160, 16, 450, 8, 8));
    }

    private void pen() {
        AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(-40), 400, 400);
        Path2D nib = new Path2D.Double();
        nib.moveTo(160, 380);
        nib.lineTo(90, 400);
        nib.lineTo(160, 420);
        nib.closePath();
        body(turn.createTransformedShape(nib), new Color(0xc8, 0xa2, 0x4a));
        body(turn.createTransformedShape(new RoundRectangle2D.Double(150, 370, 280, 60, 30, 30)));
        body(turn.createTransformedShape(new RoundRectangle2D.Double(420, 364, 300, 72, 40, 40)), mix(colour, Color.BLACK, 0.15));
        body(turn.createTransformedShape(new RoundRectangle2D.Double(470, 352, 190, 16, 10, 10)), new Color(0xc8, 0xa2, 0x4a));
        shine(turn.createTransformedShape(new RoundRectangle2D.Double(180, 378, 230, 12, 10, 10)));
    }

    private void bottle() {
        body(new RoundRectangle2D.Double(250, 300, 300, 340, 70, 70));
        body(new RoundRectangle2D.Double(340, 220, 120, 100, 30, 30), mix(colour, Color.WHITE, 0.15));
        body(new RoundRectangle2D.Double(325, 160, 150, 70, 20, 20), dark());
        g.setColor(new Color(0xf4, 0xef, 0xe4));
        g.fill(new RoundRectangle2D.Double(290, 400, 220, 150, 16, 16));
        g.setColor(dark());
        g.fill(new RoundRectangle2D.Double(320, 440, 160, 18, 8, 8));
        g.fill(new RoundRectangle2D.Double(350, 480, 100, 12, 8, 8));
        shine(new RoundRectangle2D.Double(270, 330, 24, 280, 20, 20));
    }

    private void tent() {
        Path2D tent = new Path2D.Double();
        tent.moveTo(400, 180);
        tent.lineTo(660, 630);
        tent.lineTo(140, 630);
        tent.closePath();
        body(tent);
        Path2D door = new Path2D.Double();
        door.moveTo(400, 330);
        door.lineTo(480, 630);
        door.lineTo(320, 630);
        door.closePath();
        body(door, dark());
        line(mix(colour, Color.WHITE, 0.4), 6f, new Rectangle2D.Double(400, 180, 0.1, 150));
        line(dark(), 5f, new Rectangle2D.Double(90, 630, 620, 0.1));
    }

    private void bag() {
        line(dark(), 26f, new Arc2D.Double(300, 150, 200, 260, 0, 180, Arc2D.OPEN));
        body(new RoundRectangle2D.Double(210, 280, 380, 360, 70, 70));
        body(new RoundRectangle2D.Double(210, 280, 380, 150, 70, 70), mix(colour, Color.BLACK, 0.15));
        body(new RoundRectangle2D.Double(370, 400, 60, 50, 12, 12), new Color(0xc8, 0xa2, 0x4a));
        body(new RoundRectangle2D.Double(280, 500, 240, 90, 30, 30), mix(colour, Color.WHITE, 0.12));
    }

    private void jacket() {
        Path2D jacket = new Path2D.Double();
        jacket.moveTo(330, 170);
        jacket.lineTo(470, 170);
        jacket.lineTo(600, 220);
        jacket.lineTo(680, 520);
        jacket.lineTo(600, 540);
        jacket.lineTo(560, 380);
        jacket.lineTo(560, 640);
        jacket.lineTo(240, 640);
        jacket.lineTo(240, 380);
        jacket.lineTo(200, 540);
        jacket.lineTo(120, 520);
        jacket.lineTo(200, 220);
        jacket.closePath();
        body(jacket);
        body(new Arc2D.Double(330, 120, 140, 110, 180, 180, Arc2D.CHORD), dark());
        line(mix(colour, Color.WHITE, 0.45), 6f, new Rectangle2D.Double(400, 230, 0.1, 410));
        line(mix(colour, Color.BLACK, 0.3), 5f, new RoundRectangle2D.Double(270, 470, 90, 12, 8, 8));
        line(mix(colour, Color.BLACK, 0.3), 5f, new RoundRectangle2D.Double(440, 470, 90, 12, 8, 8));
    }

    private void pouch() {
        Path2D pouch = new Path2D.Double();
        pouch.moveTo(250, 190);
        pouch.lineTo(550, 190);
        pouch.lineTo(580, 640);
        pouch.lineTo(220, 640);
        pouch.closePath();
        body(pouch);
        line(mix(colour, Color.BLACK, 0.3), 8f, new Rectangle2D.Double(255, 250, 290, 0.1));
        g.setColor(new Color(0xf6, 0xf1, 0xe4));
        g.fill(new RoundRectangle2D.Double(290, 330, 220, 220, 30, 30));
        Path2D leaf = new Path2D.Double();
        leaf.moveTo(400, 360);
        leaf.quadTo(480, 430, 400, 520);
        leaf.quadTo(320, 430, 400, 360);
        body(leaf);
        line(light(), 4f, new Rectangle2D.Double(400, 380, 0.1, 130));
    }

    private void teapot() {
        Path2D spout = new Path2D.Double();
        spout.moveTo(250, 470);
        spout.quadTo(160, 450, 130, 330);
        spout.lineTo(170, 320);
        spout.quadTo(200, 400, 270, 410);
        spout.closePath();
        body(spout);
        line(mix(colour, Color.BLACK, 0.2), 30f, new Arc2D.Double(480, 340, 170, 200, -90, 180, Arc2D.OPEN));
        body(new Ellipse2D.Double(220, 300, 360, 330));
        body(new Ellipse2D.Double(300, 280, 200, 50), dark());
        body(new Ellipse2D.Double(375, 245, 50, 45), dark());
        shine(new Ellipse2D.Double(270, 360, 80, 120));
    }

    private void tin() {
        body(new RoundRectangle2D.Double(250, 230, 300, 400, 40, 40));
        body(new Ellipse2D.Double(250, 205, 300, 60), mix(colour, Color.WHITE, 0.2));
        g.setColor(new Color(0xf4, 0xef, 0xe4));
        g.fill(new Rectangle2D.Double(250, 360, 300, 140));
        g.setColor(colour);
        g.fill(new Ellipse2D.Double(365, 395, 70, 70));
        line(dark(), 4f, new Rectangle2D.Double(250, 300, 300, 0.1));
        shine(new RoundRectangle2D.Double(270, 250, 26, 360, 20, 20));
    }

    private void tool() {
        AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(-35), 400, 400);
        Path2D blade = new Path2D.Double();
        blade.moveTo(380, 380);
        blade.quadTo(250, 380, 120, 400);
        blade.quadTo(250, 420, 380, 420);
        blade.closePath();
        Path2D scoop = new Path2D.Double();
        scoop.moveTo(400, 330);
        scoop.curveTo(250, 330, 150, 380, 90, 400);
        scoop.curveTo(150, 420, 250, 470, 400, 470);
        scoop.closePath();
        body(turn.createTransformedShape(scoop), new Color(0xb8, 0xbe, 0xc4));
        body(turn.createTransformedShape(new RoundRectangle2D.Double(390, 385, 120, 30, 20, 20)), new Color(0x8a, 0x90, 0x96));
        body(turn.createTransformedShape(new RoundRectangle2D.Double(500, 360, 230, 80, 60, 60)));
        shine(turn.createTransformedShape(blade));
    }

    private void blocks() {
        Color[] colours = {colour, mix(colour, Color.WHITE, 0.35), mix(colour, Color.BLACK, 0.25), mix(colour, new Color(0xe8, 0xb8, 0x4a), 0.5)};
        double[][] cubes = {{200, 460}, {370, 460}, {285, 300}, {470, 300}};
        for (int i = 0; i < cubes.length; i++) {
            double x = cubes[i][0];
            double y = cubes[i][1];
            body(new RoundRectangle2D.Double(x, y, 160, 160, 14, 14), colours[i]);
            g.setColor(new Color(255, 255, 255, 170));
            g.setFont(g.getFont().deriveFont(java.awt.Font.BOLD, 90f));
            g.drawString(String.valueOf("ABCD".charAt(i)), (float) x + 48, (float) y + 112);
        }
    }

    private void bear() {
        body(new Ellipse2D.Double(250, 370, 300, 280));
        body(new Ellipse2D.Double(240, 180, 100, 100));
        body(new Ellipse2D.Double(460, 180, 100, 100));
        body(new Ellipse2D.Double(270, 190, 260, 240));
        g.setColor(light());
        g.fill(new Ellipse2D.Double(345, 320, 110, 80));
        g.fill(new Ellipse2D.Double(330, 450, 140, 150));
        g.setColor(new Color(0x2a, 0x22, 0x1c));
        g.fill(new Ellipse2D.Double(335, 280, 22, 22));
        g.fill(new Ellipse2D.Double(443, 280, 22, 22));
        g.fill(new Ellipse2D.Double(385, 330, 30, 22));
    }

    private void ring() {
        Color gold = new Color(0xd4, 0xaf, 0x37);
        g.setStroke(new BasicStroke(46f));
        g.setPaint(new GradientPaint(200, 300, mix(gold, Color.WHITE, 0.4), 600, 600, mix(gold, Color.BLACK, 0.25)));
        g.draw(new Ellipse2D.Double(230, 320, 340, 300));
        Path2D gem = new Path2D.Double();
        gem.moveTo(340, 250);
        gem.lineTo(460, 250);
        gem.lineTo(500, 290);
        gem.lineTo(400, 380);
        gem.lineTo(300, 290);
        gem.closePath();
        body(gem);
        shine(new Rectangle2D.Double(350, 262, 60, 22));
    }

    private void poles() {
        for (int i = 0; i < 2; i++) {
            AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(i == 0 ? -18 : 18), 400, 420);
            body(turn.createTransformedShape(new RoundRectangle2D.Double(388, 140, 24, 520, 20, 20)), new Color(0x4a, 0x4f, 0x55));
            body(turn.createTransformedShape(new RoundRectangle2D.Double(376, 150, 48, 150, 30, 30)));
            body(turn.createTransformedShape(new RoundRectangle2D.Double(380, 330, 40, 30, 8, 8)), dark());
        }
    }

    private void box() {
        body(new RoundRectangle2D.Double(200, 330, 400, 300, 20, 20));
        body(new RoundRectangle2D.Double(180, 270, 440, 90, 20, 20), mix(colour, Color.WHITE, 0.15));
        g.setColor(new Color(0xf4, 0xef, 0xe4));
        g.fill(new Rectangle2D.Double(375, 270, 50, 360));
        line(new Color(0xf4, 0xef, 0xe4), 22f, new Ellipse2D.Double(300, 200, 90, 70));
        line(new Color(0xf4, 0xef, 0xe4), 22f, new Ellipse2D.Double(410, 200, 90, 70));
    }

    private static Shape rotated(Shape shape, double degrees, double x, double y) {
        return AffineTransform.getRotateInstance(Math.toRadians(degrees), x, y).createTransformedShape(shape);
    }

    /** {@code a} moved {@code share} of the way towards {@code b}. */
    private static Color mix(Color a, Color b, double share) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * share),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * share),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * share));
    }
}
