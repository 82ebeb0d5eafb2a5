package app.safepost.media.domain;

import app.safepost.media.domain.PhotoFormat.Dimensions;
import java.nio.charset.StandardCharsets;

/**
 * Checks a HEIC file's boxes (ISO base media file format) and reads the picture's size from its
 * {@code ispe} properties, without decoding anything. A grid photo (as iPads write) has one
 * {@code ispe} per tile and one for the whole picture; the largest is the picture.
 */
final class HeifStructure {

    private static final int MAX_DEPTH = 8;

    private HeifStructure() {}

    static Dimensions check(byte[] b) {
        boolean meta = false;
        boolean mdat = false;
        int at = 0;
        Dimensions largest = null;
        while (at < b.length) {
            if (b.length - at < 8) {
                if (PhotoFormat.onlyPadding(b, at)) {
                    break;
                }
                throw PhotoFormat.truncated();
            }
            long size = boxSize(b, at);
            var type = type(b, at);
            if (at == 0 && !type.equals("ftyp")) {
                throw PhotoFormat.malformed("it does not start with a file type box");
            }
            int header = headerLength(b, at);
            long end = size == 0 ? b.length : at + size;
            if (size != 0 && size < header || end > b.length) {
                throw PhotoFormat.truncated();
            }
            if (type.equals("meta")) {
                meta = true;
                // meta is a full box: four bytes of version and flags come before its children.
                largest = larger(largest, ispe(b, at + header + 4, (int) end, 0));
            } else if (type.equals("mdat")) {
                mdat = true;
            }
            at = (int) end;
        }
        if (!meta || !mdat) {
            throw PhotoFormat.truncated();
        }
        if (largest == null || largest.width() <= 0 || largest.height() <= 0) {
            throw PhotoFormat.malformed("it declares no picture size");
        }
        return largest;
    }

    /** The largest {@code ispe} among the boxes from {@code from} to {@code to}, looking into containers. */
    private static Dimensions ispe(byte[] b, int from, int to, int depth) {
        Dimensions largest = null;
        int at = from;
        while (at + 8 <= to) {
            long size = boxSize(b, at);
            int header = headerLength(b, at);
            long end = size == 0 ? to : at + size;
            if (size != 0 && size < header || end > to) {
                throw PhotoFormat.malformed("a box runs past its container");
            }
            var type = type(b, at);
            if (type.equals("ispe") && end - at >= header + 12) {
                int body = at + header + 4;
                largest = larger(largest, new Dimensions(unsigned(u32(b, body)), unsigned(u32(b, body + 4))));
            } else if ((type.equals("iprp") || type.equals("ipco")) && depth < MAX_DEPTH) {
                largest = larger(largest, ispe(b, at + header, (int) end, depth + 1));
            }
            at = (int) end;
        }
        return largest;
    }

    private static Dimensions larger(Dimensions a, Dimensions b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.pixels() > a.pixels() ? b : a;
    }

    /** A size beyond what an int holds is still a size: too large, never negative. */
    private static int unsigned(int value) {
        return value < 0 ? Integer.MAX_VALUE : value;
    }

    private static long boxSize(byte[] b, int at) {
        long size = u32(b, at) & 0xFFFFFFFFL;
        if (size == 1) {
            if (b.length - at < 16) {
                throw PhotoFormat.truncated();
            }
            size = ((long) u32(b, at + 8) << 32) | (u32(b, at + 12) & 0xFFFFFFFFL);
            if (size < 0 || size > Integer.MAX_VALUE) {
                throw PhotoFormat.malformed("a box claims an impossible size");
            }
        }
        return size;
    }

    private static int headerLength(byte[] b, int at) {
        return (u32(b, at) == 1) ? 16 : 8;
    }

    private static String type(byte[] b, int at) {
        return new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
    }

    private static int u32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
