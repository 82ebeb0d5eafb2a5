package app.safepost.media.domain;

import app.safepost.media.PhotoText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.imgcodecs.Imgcodecs;

/**
 * Reads the words in a photo with Tesseract OCR, run as its own process with a time limit (as
 * {@code heif-convert} is): its TSV output gives each word's box, so a finding can name the region
 * to cover. Found on the PATH, or named by the system property {@value #COMMAND_PROPERTY}.
 */
final class TextReader {

    static final String COMMAND_PROPERTY = "safepost.media.tesseract";
    private static final long TIMEOUT_SECONDS = 30;
    /** Tesseract's confidence (0–100) below which a "word" is more likely texture than text. */
    private static final int MIN_CONFIDENCE = 50;

    private TextReader() {}

    static boolean available() {
        return command().isPresent();
    }

    private static Optional<Path> command() {
        return Executables.find(COMMAND_PROPERTY, "tesseract");
    }

    /**
     * The lines of words Tesseract reads in the image, their boxes scaled by {@code scale} back into the
     * stored image's pixels; empty when Tesseract is not installed.
     *
     * @throws IllegalStateException if Tesseract fails or runs out of time
     */
    static Optional<PhotoText> read(Mat bgr, double scale) {
        var command = command();
        if (command.isEmpty()) {
            return Optional.empty();
        }
        var png = new MatOfByte();
        Imgcodecs.imencode(".png", bgr, png);
        byte[] image = png.toArray();
        try {
            var builder = new ProcessBuilder(
                            command.get().toString(), "stdin", "stdout", "-l", "eng", "--psm", "11", "tsv")
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            // One thread: the analysis must leave the other cores to the portal.
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            var process = builder.start();
            var feeder = Thread.ofVirtual().start(() -> {
                try (var in = process.getOutputStream()) {
                    in.write(image);
                } catch (IOException ignored) {
                    // Tesseract stopped reading; its exit status says why.
                }
            });
            byte[] out;
            try (var stdout = process.getInputStream()) {
                out = stdout.readAllBytes();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Tesseract took longer than " + TIMEOUT_SECONDS + " seconds");
            }
            feeder.join();
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Tesseract failed with exit status " + process.exitValue());
            }
            return Optional.of(parse(new String(out, StandardCharsets.UTF_8), scale));
        } catch (IOException e) {
            throw new UncheckedIOException("Running Tesseract failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading text", e);
        }
    }

    /** Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, confidence, text. */
    static PhotoText parse(String tsv, double scale) {
        var lines = new LinkedHashMap<String, List<String[]>>();
        for (var row : tsv.split("\n")) {
            var f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) {
                continue;
            }
            var text = f[11].strip();
            if (text.isEmpty() || confidence(f[10]) < MIN_CONFIDENCE) {
                continue;
            }
            lines.computeIfAbsent(f[2] + "/" + f[3] + "/" + f[4], k -> new ArrayList<>())
                    .add(f);
        }
        var result = new ArrayList<PhotoText.Line>();
        for (var words : lines.values()) {
            var text = new StringBuilder();
            var boxes = new ArrayList<PhotoText.Word>();
            for (var f : words) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(f[11].strip());
                boxes.add(new PhotoText.Word(
                        start,
                        text.length(),
                        scaled(f[6], scale),
                        scaled(f[7], scale),
                        scaled(f[8], scale),
                        scaled(f[9], scale)));
            }
            result.add(new PhotoText.Line(text.toString(), boxes));
        }
        return new PhotoText(result);
    }

    private static double confidence(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int scaled(String value, double scale) {
        return (int) Math.round(Integer.parseInt(value) * scale);
    }
}
