package app.safepost.media.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Strips and turns a JPEG without decoding it, with libjpeg-turbo's {@code jpegtran}: {@code -copy
 * none} keeps no marker but the picture's, and the turn moves the compressed blocks, so no quality is
 * lost and a 12-megapixel photo takes a fraction of a decode and re-encode. {@code -perfect} refuses
 * a turn that would have to drop a partial block at the edge; the caller then decodes and re-encodes
 * instead. Found on the PATH, or named by the system property {@value #COMMAND_PROPERTY} (empty
 * switches it off).
 */
final class JpegTran {

    static final String COMMAND_PROPERTY = "safepost.media.jpegtran";
    private static final long TIMEOUT_SECONDS = 30;

    private JpegTran() {}

    /**
     * The JPEG with nothing but its picture, turned upright as the EXIF orientation (1–8) says; empty
     * when jpegtran is not installed, refuses the file, or cannot turn it without losing an edge.
     */
    static Optional<byte[]> stripAndTurn(byte[] jpeg, int orientation) {
        var command = Executables.find(COMMAND_PROPERTY, "jpegtran");
        if (command.isEmpty()) {
            return Optional.empty();
        }
        try {
            var process = new ProcessBuilder(arguments(command.get(), orientation))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // Fed from another thread: a large photo fills the pipe before jpegtran has written anything.
            var feeder = Thread.ofVirtual().start(() -> {
                try (var in = process.getOutputStream()) {
                    in.write(jpeg);
                } catch (IOException ignored) {
                    // jpegtran stopped reading (it refused the file); its exit status says so.
                }
            });
            byte[] out;
            try (var stdout = process.getInputStream()) {
                out = stdout.readAllBytes();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            feeder.join();
            // Exit status 2 means warnings, such as corrupt data jpegtran read past: not good enough.
            return process.exitValue() == 0 && out.length > 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Running jpegtran failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static List<String> arguments(Path command, int orientation) {
        var arguments = new ArrayList<>(List.of(command.toString(), "-copy", "none", "-perfect"));
        arguments.addAll(
                switch (orientation) {
                    case 2 -> List.of("-flip", "horizontal");
                    case 3 -> List.of("-rotate", "180");
                    case 4 -> List.of("-flip", "vertical");
                    case 5 -> List.of("-transpose");
                    case 6 -> List.of("-rotate", "90");
                    case 7 -> List.of("-transverse");
                    case 8 -> List.of("-rotate", "270");
                    default -> List.of();
                });
        return arguments;
    }
}
