package app.safepost.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The head of one school's revision chain as it was signed into the anchor file: which link, which
 * revision, its hash and time, when it was anchored and with which key. {@link #text()} is exactly
 * what is signed; a line of the anchor file is that text, a space and {@code sig=} the signature.
 *
 * @param position     the head link's position in the school's chain
 * @param revision     its revision number
 * @param hash         its link hash
 * @param revisionTime when that revision was made
 * @param keyId        the first 16 hex digits of the SHA-256 of the signing key's public key
 */
public record ChainAnchor(
        Instant anchoredAt,
        UUID school,
        long position,
        long revision,
        String hash,
        Instant revisionTime,
        String keyId) {

    private static final Pattern LINE = Pattern.compile("anchor v1 at=(\\S+) school=([0-9a-f-]{36}) position=(\\d+)"
            + " revision=(\\d+) hash=([0-9a-f]{64}) revised=(\\S+) key=([0-9a-f]{16})");

    /** What is signed. */
    public String text() {
        return "anchor v1 at=" + anchoredAt + " school=" + school + " position=" + position + " revision=" + revision
                + " hash=" + hash + " revised=" + revisionTime + " key=" + keyId;
    }

    /** The anchor a signed text holds, if it is one. */
    public static Optional<ChainAnchor> parse(String text) {
        var m = LINE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChainAnchor(
                    Instant.parse(m.group(1)),
                    UUID.fromString(m.group(2)),
                    Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4)),
                    m.group(5),
                    Instant.parse(m.group(6)),
                    m.group(7)));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
