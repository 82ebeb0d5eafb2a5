package app.safepost.media.domain;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Turns pixels upright as an EXIF orientation (1–8) says, so the stripped photo needs no tag. */
final class Orientation {

    private Orientation() {
    }

    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        var source = PhotoCodec.intPixels(image);
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swap = orientation >= 5;
        var target = new BufferedImage(swap ? h : w, swap ? w : h, source.getType());
        int[] from = ((DataBufferInt) source.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        int tw = target.getWidth();
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> { tx = w - 1 - x; ty = y; }
                    case 3 -> { tx = w - 1 - x; ty = h - 1 - y; }
                    case 4 -> { tx = x; ty = h - 1 - y; }
                    case 5 -> { tx = y; ty = x; }
                    case 6 -> { tx = h - 1 - y; ty = x; }
                    case 7 -> { tx = h - 1 - y; ty = w - 1 - x; }
                    default -> { tx = y; ty = w - 1 - x; }
                }
                to[ty * tw + tx] = from[row + x];
            }
        }
        return target;
    }
}
