package app.safepost.media;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Class photos made by the tests, with the true box of every face: head-and-shoulders crops of three
 * openly licensed photographs (src/test/resources/media/faces, with their sources and licences) pasted
 * onto a classroom-like background at the sizes a class photo has, so the faces' boxes are known
 * exactly. Also a certificate photo with a name on it, for the text checks.
 */
public final class ClassPhotos {

    /** A 12-megapixel photo, as an iPad takes it. */
    public static final int WIDTH = 4032;

    public static final int HEIGHT = 3024;

    /** A face pasted into a photo: where it is, and how it is turned. */
    public record TrueFace(Region box, String pose, String source) {}

    /** A photo made by the tests and its true faces. */
    public record Scene(BufferedImage image, List<TrueFace> faces) {

        public byte[] jpeg() {
            return ClassPhotos.jpeg(image);
        }
    }

    private record Head(String name, BufferedImage image, Region face, String pose) {}

    private static final List<Head> HEADS = List.of(
            head("astronaut", new Region(48, 72, 92, 110), "frontal"),
            head("hopper", new Region(55, 130, 200, 190), "frontal"),
            head("camera", new Region(60, 55, 65, 90), "three-quarter"));

    private ClassPhotos() {}

    /**
     * A class photo of {@code count} faces in rows, each face between {@code minFace} and {@code maxFace}
     * pixels wide, some mirrored, lighter or darker; the same seed makes the same photo.
     */
    public static Scene scene(long seed, int count, int minFace, int maxFace) {
        var random = new Random(seed);
        var image = background(random);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        var faces = new ArrayList<TrueFace>();
        var taken = new ArrayList<Region>();
        int attempts = 0;
        while (faces.size() < count && attempts++ < 10_000) {
            var head = HEADS.get(faces.size() % HEADS.size());
            int faceWidth = minFace + random.nextInt(maxFace - minFace + 1);
            double scale = faceWidth / (double) head.face().width();
            int w = (int) Math.round(head.image().getWidth() * scale);
            int h = (int) Math.round(head.image().getHeight() * scale);
            int x = random.nextInt(WIDTH - w);
            int y = 200 + random.nextInt(HEIGHT - h - 200);
            var spot = new Region(x, y, w, h);
            if (taken.stream().anyMatch(t -> overlaps(t, spot))) {
                continue;
            }
            boolean mirrored = random.nextBoolean();
            var pasted = tone(head.image(), 0.8 + random.nextDouble() * 0.4);
            var at = new AffineTransform();
            at.translate(x, y);
            if (mirrored) {
                at.translate(w, 0);
                at.scale(-scale, scale);
            } else {
                at.scale(scale, scale);
            }
            g.drawImage(pasted, at, null);
            taken.add(spot);
            int fx = mirrored
                    ? head.image().getWidth() - head.face().x() - head.face().width()
                    : head.face().x();
            faces.add(new TrueFace(
                    new Region(
                            x + (int) Math.round(fx * scale),
                            y + (int) Math.round(head.face().y() * scale),
                            (int) Math.round(head.face().width() * scale),
                            (int) Math.round(head.face().height() * scale)),
                    head.pose(),
                    head.name() + (mirrored ? " mirrored" : "")));
        }
        g.dispose();
        return new Scene(image, faces);
    }

    /** Three faces of about 300 pixels side by side, well apart: a small group photo. */
    public static Scene groupOfThree() {
        var random = new Random(3);
        var image = background(random);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        var faces = new ArrayList<TrueFace>();
        int[] lefts = {400, 1600, 2800};
        int index = 0;
        for (var head : List.of(HEADS.get(0), HEADS.get(1), HEADS.get(0))) {
            double scale = 300.0 / head.face().width();
            int x = lefts[index++];
            int y = 900;
            var at = new AffineTransform();
            at.translate(x, y);
            at.scale(scale, scale);
            g.drawImage(head.image(), at, null);
            faces.add(new TrueFace(
                    new Region(
                            x + (int) Math.round(head.face().x() * scale),
                            y + (int) Math.round(head.face().y() * scale),
                            (int) Math.round(head.face().width() * scale),
                            (int) Math.round(head.face().height() * scale)),
                    head.pose(),
                    head.name()));
        }
        g.dispose();
        return new Scene(image, faces);
    }

    /** A certificate held up in a classroom: a pupil's name in large letters on a white card. */
    public static byte[] certificate(String name) {
        var image = background(new Random(11));
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(800, 700, 2400, 1500);
        g.setColor(new Color(0x1A1A1A));
        g.setFont(new Font(Font.SERIF, Font.BOLD, 120));
        g.drawString("Certificate of Achievement", 1000, 1000);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 90));
        g.drawString("awarded to", 1000, 1250);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 150));
        g.drawString(name, 1000, 1550);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 80));
        g.drawString("for excellent reading", 1000, 1850);
        g.dispose();
        return jpeg(image);
    }

    /** A wall with a gradient, pinned posters of flat colour and fine noise: no faces, some edges. */
    private static BufferedImage background(Random random) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xE8DCC4), 0, HEIGHT, new Color(0x9C8E74)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 25; i++) {
            g.setColor(new Color(random.nextInt(0x1000000)));
            g.fillRect(
                    random.nextInt(WIDTH),
                    random.nextInt(HEIGHT / 2),
                    150 + random.nextInt(500),
                    100 + random.nextInt(400));
        }
        g.dispose();
        return image;
    }

    private static BufferedImage tone(BufferedImage source, double factor) {
        var copy = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                int p = source.getRGB(x, y);
                int r = Math.clamp((int) (((p >> 16) & 0xFF) * factor), 0, 255);
                int gr = Math.clamp((int) (((p >> 8) & 0xFF) * factor), 0, 255);
                int b = Math.clamp((int) ((p & 0xFF) * factor), 0, 255);
                copy.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
        return copy;
    }

    private static boolean overlaps(Region a, Region b) {
        return a.x() < b.x() + b.width()
                && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    private static Head head(String name, Region face, String pose) {
        try (var in = ClassPhotos.class.getResourceAsStream("/media/faces/" + name + ".jpg")) {
            if (in == null) {
                throw new IllegalStateException("Missing test face " + name);
            }
            var image = ImageIO.read(in);
            var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = rgb.createGraphics();
            g.setComposite(AlphaComposite.Src);
            g.drawImage(image, 0, 0, null);
            g.dispose();
            return new Head(name, rgb, face, pose);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] jpeg(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
