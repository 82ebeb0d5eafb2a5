package app.safepost.subjectaccess.domain;

import app.safepost.common.PdfPages;
import app.safepost.common.SchoolTime;
import app.safepost.media.MediaId;
import app.safepost.subjectaccess.SubjectAccessFile;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subject access ZIP: {@code summary.pdf} for people, {@code subject-access.json} for machines, and
 * {@code photos/} with each photo as it was or would be published (covers burned in). Written entry by
 * entry onto the stream, so the photos are never all in memory at once.
 */
public final class SubjectAccessZip {

    public static final String SUMMARY = "summary.pdf";
    public static final String JSON_FILE = "subject-access.json";
    public static final String PHOTOS = "photos/";

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** A photo's published rendering. */
    public record Image(String contentType, byte[] bytes) {}

    private SubjectAccessZip() {}

    /** The photo's file name inside the ZIP. */
    public static String photoName(MediaId id, String contentType) {
        return PHOTOS + id.value() + (contentType.equals("image/png") ? ".png" : ".jpg");
    }

    public static void write(SubjectAccessFile file, Function<MediaId, Optional<Image>> images, OutputStream out)
            throws IOException {
        var zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(SUMMARY));
        zip.write(PdfPages.write(
                "Everything we hold about " + file.pupil().record().fullName(),
                "Subject access, " + file.schoolName(),
                file.schoolName() + " - subject access - "
                        + file.pupil().record().upn(),
                pdf -> SubjectAccessSummary.write(file, pdf)));
        zip.closeEntry();
        var photoFiles = new LinkedHashMap<MediaId, String>();
        for (var id : file.photos()) {
            var image = images.apply(id);
            if (image.isEmpty()) {
                continue;
            }
            var name = photoName(id, image.get().contentType());
            zip.putNextEntry(new ZipEntry(name));
            zip.write(image.get().bytes());
            zip.closeEntry();
            photoFiles.put(id, name);
        }
        zip.putNextEntry(new ZipEntry(JSON_FILE));
        zip.write(JSON.writeValueAsBytes(SubjectAccessJson.of(file, photoFiles)));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    static String when(Instant at) {
        return at == null ? "" : SchoolTime.dateTime(at);
    }
}
