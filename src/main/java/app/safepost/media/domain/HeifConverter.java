package app.safepost.media.domain;

import app.safepost.media.PhotoRefused;
import app.safepost.media.PhotoRefused.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Turns a HEIC photo into a JPEG with libheif's {@code heif-convert}, run as its own process: no
 * maintained HEVC decoder exists in plain Java, and a separate process keeps a decoder fault away
 * from the portal. libheif applies the file's own rotation and mirroring boxes, so the JPEG it
 * writes is upright. The command is found on the PATH, or named by the system property
 * {@value #COMMAND_PROPERTY}.
 */
final class HeifConverter {

    static final String COMMAND_PROPERTY = "safepost.media.heif-convert";
    private static final long TIMEOUT_SECONDS = 60;

    private HeifConverter() {}

    static byte[] toJpeg(byte[] heic) {
        var command = command()
                .orElseThrow(() -> new PhotoRefused(
                        Kind.UNSUPPORTED_TYPE,
                        "This portal cannot"
                                + " read HEIC photos: its server has no HEIC decoder (libheif). On the iPad choose Settings › Camera ›"
                                + " Formats › Most Compatible, or share the photo as JPEG, and upload it again."));
        Path work = null;
        try {
            work = Files.createTempDirectory("heic-");
            var in = Files.write(work.resolve("photo.heic"), heic);
            var out = work.resolve("photo.jpg");
            var process = new ProcessBuilder(command.toString(), "-q", "92", in.toString(), out.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw unreadable();
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
                throw unreadable();
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Converting a HEIC photo failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreadable();
        } finally {
            delete(work);
        }
    }

    /** Whether HEIC photos can be taken in here. */
    static boolean available() {
        return command().isPresent();
    }

    private static Optional<Path> command() {
        return Executables.find(COMMAND_PROPERTY, "heif-convert");
    }

    private static PhotoRefused unreadable() {
        return new PhotoRefused(
                Kind.UNPROCESSABLE,
                "The HEIC photo could not be read: the file is damaged or uses"
                        + " a kind of HEIC the portal does not read. Export it again as an ordinary photo.");
    }

    private static void delete(Path work) {
        if (work == null) {
            return;
        }
        try (var files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind holds no more than the upload did; the OS clears it.
        }
    }
}
