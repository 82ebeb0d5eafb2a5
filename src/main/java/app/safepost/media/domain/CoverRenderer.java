package app.safepost.media.domain;

import app.safepost.media.CoverStyle;
import app.safepost.media.PhotoCover;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Burns covers into a photo's pixels (P15). Every cover is first pixelated in blocks so coarse that
 * a face cannot be recovered (at most {@value #BLOCKS_ACROSS} blocks along the longer side, each one
 * flat colour: the mean of the pixels under it); an emoji cover then draws its sticker on top.
 */
public final class CoverRenderer {

    static final int BLOCKS_ACROSS = 6;
    static final int MIN_BLOCK = 12;
    public static final int MIN_SIDE = PhotoCover.MIN_SIDE;
    public static final int MAX_COVERS = 40;

    private CoverRenderer() {}

    /** Refusals in the words of the person drawing the covers; empty when they can be burned in. */
    public static List<String> problems(List<PhotoCover> covers, int width, int height) {
        var problems = new ArrayList<String>();
        if (covers.size() > MAX_COVERS) {
            problems.add("At most " + MAX_COVERS + " covers fit on one photo.");
        }
        for (int i = 0; i < covers.size(); i++) {
            var c = covers.get(i);
            var which = "Cover " + (i + 1) + ": ";
            if (c.width() < MIN_SIDE || c.height() < MIN_SIDE) {
                problems.add(which + "make it at least " + MIN_SIDE + " × " + MIN_SIDE + " pixels.");
            } else if (c.x() < 0
                    || c.y() < 0
                    || (long) c.x() + c.width() > width
                    || (long) c.y() + c.height() > height) {
                problems.add(which + "keep it inside the photo (" + width + " × " + height + " pixels).");
            }
            if (c.style() == CoverStyle.EMOJI && (c.emoji() == null || !PhotoCover.EMOJIS.contains(c.emoji()))) {
                problems.add(which + "choose one of the emoji " + String.join(" ", PhotoCover.EMOJIS) + ".");
            }
        }
        return problems;
    }

    /** A copy of the image with the covers burned in; the caller has checked them with {@link #problems}. */
    public static BufferedImage burnIn(BufferedImage image, List<PhotoCover> covers) {
        var copy = PhotoCodec.convert(
                image, image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        for (var cover : covers) {
            pixelate(copy, cover.x(), cover.y(), cover.width(), cover.height());
        }
        var g = copy.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (var cover : covers) {
                if (cover.style() == CoverStyle.EMOJI && cover.emoji() != null) {
                    sticker(g, cover);
                }
            }
        } finally {
            g.dispose();
        }
        return copy;
    }

    /** The block size for a cover: coarse, and never finer than {@value #MIN_BLOCK} pixels. */
    static int blockSize(int width, int height) {
        return Math.max(MIN_BLOCK, (int) Math.ceil(Math.max(width, height) / (double) BLOCKS_ACROSS));
    }

    static void pixelate(BufferedImage image, int x0, int y0, int width, int height) {
        int block = blockSize(width, height);
        int stride = image.getWidth();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int by = y0; by < y0 + height; by += block) {
            for (int bx = x0; bx < x0 + width; bx += block) {
                int x1 = Math.min(bx + block, x0 + width);
                int y1 = Math.min(by + block, y0 + height);
                long a = 0, r = 0, gr = 0, b = 0;
                int n = 0;
                for (int y = by; y < y1; y++) {
                    for (int x = bx; x < x1; x++) {
                        int p = pixels[y * stride + x];
                        a += p >>> 24;
                        r += (p >> 16) & 0xFF;
                        gr += (p >> 8) & 0xFF;
                        b += p & 0xFF;
                        n++;
                    }
                }
                int mean = (int) (a / n) << 24 | (int) (r / n) << 16 | (int) (gr / n) << 8 | (int) (b / n);
                for (int y = by; y < y1; y++) {
                    Arrays.fill(pixels, y * stride + bx, y * stride + x1, mean);
                }
            }
        }
    }

    /** Draws the sticker with shapes, centred in the cover and as large as fits. */
    private static void sticker(Graphics2D g, PhotoCover cover) {
        double size = Math.min(cover.width(), cover.height());
        double x = cover.x() + (cover.width() - size) / 2;
        double y = cover.y() + (cover.height() - size) / 2;
        var outline = new Color(0x3D2B1F);
        g.setStroke(new BasicStroke((float) Math.max(1, size / 30)));
        switch (cover.emoji()) {
            case "⭐" -> {
                var star = new Path2D.Double();
                for (int i = 0; i < 10; i++) {
                    double radius = (i % 2 == 0 ? 0.5 : 0.22) * size;
                    double angle = -Math.PI / 2 + i * Math.PI / 5;
                    double px = x + size / 2 + radius * Math.cos(angle);
                    double py = y + size / 2 + 0.06 * size + radius * Math.sin(angle);
                    if (i == 0) {
                        star.moveTo(px, py);
                    } else {
                        star.lineTo(px, py);
                    }
                }
                star.closePath();
                fill(g, star, new Color(0xFFC83D), outline);
            }
            case "❤️" -> {
                var heart = new Path2D.Double();
                heart.moveTo(x + size / 2, y + size * 0.92);
                heart.curveTo(
                        x - size * 0.1,
                        y + size * 0.5,
                        x + size * 0.05,
                        y - size * 0.05,
                        x + size / 2,
                        y + size * 0.28);
                heart.curveTo(
                        x + size * 0.95,
                        y - size * 0.05,
                        x + size * 1.1,
                        y + size * 0.5,
                        x + size / 2,
                        y + size * 0.92);
                heart.closePath();
                fill(g, heart, new Color(0xE5304A), outline);
            }
            case "🌼" -> {
                for (int i = 0; i < 8; i++) {
                    double angle = i * Math.PI / 4;
                    double cx = x + size / 2 + size * 0.28 * Math.cos(angle);
                    double cy = y + size / 2 + size * 0.28 * Math.sin(angle);
                    fill(
                            g,
                            new Ellipse2D.Double(cx - size * 0.18, cy - size * 0.18, size * 0.36, size * 0.36),
                            new Color(0xFFF4C2),
                            outline);
                }
                fill(
                        g,
                        new Ellipse2D.Double(x + size * 0.3, y + size * 0.3, size * 0.4, size * 0.4),
                        new Color(0xF5A623),
                        outline);
            }
            default -> {
                fill(g, new Ellipse2D.Double(x, y, size, size), new Color(0xFFCC33), outline);
                g.setColor(outline);
                g.fill(new Ellipse2D.Double(x + size * 0.3, y + size * 0.3, size * 0.1, size * 0.16));
                g.fill(new Ellipse2D.Double(x + size * 0.6, y + size * 0.3, size * 0.1, size * 0.16));
                g.setStroke(new BasicStroke(
                        (float) Math.max(1.5, size / 16), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Arc2D.Double(
                        x + size * 0.25, y + size * 0.3, size * 0.5, size * 0.45, 200, 140, Arc2D.OPEN));
            }
        }
    }

    private static void fill(Graphics2D g, Shape shape, Color fill, Color outline) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(outline);
        g.draw(shape);
    }
}
