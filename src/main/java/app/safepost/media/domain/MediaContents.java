package app.safepost.media.domain;

import app.safepost.security.SchoolInHand;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored images' bytes in PostgreSQL, addressed by their SHA-256 and checked against it on every
 * read. Kept in the same transaction as the photo record, so a failed intake leaves nothing behind.
 * Not audited: the audit trail records the photo's hash, not megabytes of pixels.
 */
@Component
public class MediaContents {

    private final JdbcTemplate jdbc;

    MediaContents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the bytes if the school in hand has no identical image yet; returns their hash. */
    public String store(byte[] bytes, Instant now) {
        var hash = sha256(bytes);
        jdbc.update(
                "insert into media_content (school_id, sha256, bytes, size_bytes, stored_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (school_id, sha256) do nothing",
                school(),
                hash,
                bytes,
                bytes.length,
                Timestamp.from(now));
        return hash;
    }

    private static UUID school() {
        return SchoolInHand.required().value();
    }

    public Optional<byte[]> read(String hash) {
        var rows = jdbc.query(
                "select bytes from media_content where school_id = ? and sha256 = ?",
                (rs, i) -> rs.getBytes(1),
                school(),
                hash);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var bytes = rows.getFirst();
        if (!sha256(bytes).equals(hash)) {
            throw new IllegalStateException("Stored image " + hash + " does not match its hash");
        }
        return Optional.of(bytes);
    }

    public void delete(String hash) {
        jdbc.update("delete from media_content where school_id = ? and sha256 = ?", school(), hash);
    }
}
