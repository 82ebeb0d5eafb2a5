package app.safepost.media.domain;

import app.safepost.media.CoverStyle;
import app.safepost.media.PhotoCover;
import app.safepost.pupils.PupilId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Covers as the photo record keeps them: one readable line each, so the audit trail shows every change. */
public final class CoverLines {

    private CoverLines() {}

    public static String write(List<PhotoCover> covers) {
        return covers.stream()
                .map(c -> c.x() + "," + c.y() + "," + c.width() + "," + c.height() + ","
                        + c.style().name() + "," + (c.emoji() == null ? "" : c.emoji()) + ","
                        + (c.pupil() == null ? "" : c.pupil().toString()))
                .collect(Collectors.joining("\n"));
    }

    public static List<PhotoCover> read(String lines) {
        if (lines == null || lines.isBlank()) {
            return List.of();
        }
        return Arrays.stream(lines.split("\n"))
                .map(line -> {
                    var f = line.split(",", -1);
                    return new PhotoCover(
                            Integer.parseInt(f[0]),
                            Integer.parseInt(f[1]),
                            Integer.parseInt(f[2]),
                            Integer.parseInt(f[3]),
                            CoverStyle.valueOf(f[4]),
                            f[5].isEmpty() ? null : f[5],
                            f[6].isEmpty() ? null : PupilId.of(f[6]));
                })
                .toList();
    }
}
