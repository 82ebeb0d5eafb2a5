package app.safepost.audit.domain;

import app.safepost.audit.ChainAnchor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The anchor file and its key: appends a school's signed chain head, and finds the latest anchor of a
 * school. The file is only ever opened to append (under a file lock, so instances sharing it write
 * whole lines) and each line is forced to disk before the anchor counts. Beside it the public key
 * ({@code .pub}, PEM) lets an auditor verify the lines without the portal.
 */
@Component
public class TrailAnchors {

    private static final String SIGNATURE = " sig=";

    private final AnchorSettings settings;

    TrailAnchors(AnchorSettings settings) {
        this.settings = settings;
    }

    public Path file() {
        return settings.file().toAbsolutePath().normalize();
    }

    public Path keyFile() {
        return settings.keyFile().toAbsolutePath().normalize();
    }

    /** An anchor as signed, and its line in the file (signature included). */
    public record Signed(ChainAnchor anchor, String line) {}

    /** Signs this head of the school's chain and appends it to the anchor file. */
    public Signed append(UUID school, RevisionChain.Head head, Instant now) {
        var key = AnchorKey.createOrLoad(keyFile());
        var anchor = new ChainAnchor(
                now, school, head.position(), head.revision(), head.hash(), head.revisionTime(), key.id());
        var line = anchor.text() + SIGNATURE + key.sign(anchor.text());
        try {
            Files.createDirectories(file().getParent());
            try (var channel = FileChannel.open(
                            file(), StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                    var lock = channel.lock()) {
                var bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            var publicKey = file().resolveSibling(file().getFileName() + ".pub");
            if (!Files.exists(publicKey)) {
                Files.writeString(publicKey, key.publicPem(), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new AnchorProblem("The anchor file " + file() + " cannot be written: " + e.getMessage(), e);
        }
        return new Signed(anchor, line);
    }

    /** What the anchor file says of one school's chain. */
    public sealed interface Latest {

        /** The school's latest anchor, on that line of the file (1 for the first). */
        record Found(ChainAnchor anchor, int line) implements Latest {}

        /** Nothing anchored yet: not a finding. */
        record NotYet(String why) implements Latest {}

        /** The file or key cannot be trusted or read: a finding in itself. */
        record Unusable(String problem) implements Latest {}
    }

    /** The school's latest anchor, checking the signature of every line of the file. */
    public Latest latest(UUID school) {
        var keyThere = Files.exists(keyFile());
        if (!keyThere && !Files.exists(file())) {
            return new Latest.NotYet("The trail has not been anchored yet.");
        }
        if (!Files.exists(file())) {
            return new Latest.Unusable("The anchor file " + file() + " is missing, though the anchor key exists: it was"
                    + " moved or deleted, so the trail cannot be checked against its anchors.");
        }
        try {
            var key = AnchorKey.load(keyFile());
            var lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
            Latest latest = new Latest.NotYet("The trail of this school has not been anchored yet.");
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i);
                var cut = line.lastIndexOf(SIGNATURE);
                var anchor = cut < 0
                        ? null
                        : ChainAnchor.parse(line.substring(0, cut)).orElse(null);
                if (anchor == null || !key.verifies(line.substring(0, cut), line.substring(cut + SIGNATURE.length()))) {
                    return new Latest.Unusable("Line " + (i + 1) + " of the anchor file " + file() + " is not an anchor"
                            + " signed with the anchor key: the file was altered, or the key replaced.");
                }
                if (anchor.school().equals(school)) {
                    latest = new Latest.Found(anchor, i + 1);
                }
            }
            return latest;
        } catch (AnchorProblem e) {
            return new Latest.Unusable(e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Latest.Unusable("The anchor file " + file() + " cannot be read: " + e.getMessage());
        }
    }
}
