package app.safepost.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data body with one file part, as a browser or a school's script sends it. */
public record Multipart(String contentType, byte[] body) {

    private static final String BOUNDARY = "safepost-test-boundary-7d1f";

    public static Multipart file(String part, String fileName, String fileType, byte[] bytes) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart("multipart/form-data; boundary=" + BOUNDARY, out.toByteArray());
    }

    public static Multipart photo(byte[] bytes) {
        return file("file", "photo.jpg", "image/jpeg", bytes);
    }
}
