package app.safepost.media;

/** A rectangle in a stored (upright) photo's pixels: a detected face, or where a word was read. */
public record Region(int x, int y, int width, int height) {

    /** How much of this region the other rectangle covers, from 0 to 1. */
    public double coveredBy(int ox, int oy, int owidth, int oheight) {
        long ix = Math.max(0, Math.min((long) x + width, (long) ox + owidth) - Math.max(x, ox));
        long iy = Math.max(0, Math.min((long) y + height, (long) oy + oheight) - Math.max(y, oy));
        return width <= 0 || height <= 0 ? 0 : (double) (ix * iy) / ((long) width * height);
    }

    /** Where in the photo, in words: "top left", "middle", "bottom right" and so on. */
    public String whereIn(int photoWidth, int photoHeight) {
        double cx = (x + width / 2.0) / photoWidth;
        double cy = (y + height / 2.0) / photoHeight;
        var row = cy < 1 / 3.0 ? "top" : cy < 2 / 3.0 ? "middle" : "bottom";
        var column = cx < 1 / 3.0 ? "left" : cx < 2 / 3.0 ? "centre" : "right";
        return row.equals("middle") && column.equals("centre") ? "middle" : row + " " + column;
    }

    @Override
    public String toString() {
        return x + ", " + y + ", " + width + " × " + height + " pixels";
    }
}
