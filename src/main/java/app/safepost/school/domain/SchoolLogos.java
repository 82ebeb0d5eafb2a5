package app.safepost.school.domain;

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
 * The schools' logos' bytes, one per school, in the transaction that records the logo's hash on the
 * school (audited); not audited themselves, as photos' pixels are not.
 */
@Component
public class SchoolLogos {

    /** A logo as stored. */
    public record StoredLogo(String sha256, String mediaType, byte[] bytes) {}

    private final JdbcTemplate jdbc;

    SchoolLogos(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void store(UUID school, String sha256, String mediaType, byte[] bytes, Instant now) {
        jdbc.update("""
                insert into school_logo (school_id, sha256, media_type, bytes, stored_at) values (?, ?, ?, ?, ?)
                on conflict (school_id) do update set sha256 = excluded.sha256, media_type = excluded.media_type,
                    bytes = excluded.bytes, stored_at = excluded.stored_at""", school, sha256, mediaType, bytes, Timestamp.from(now));
    }

    public void delete(UUID school) {
        jdbc.update("delete from school_logo where school_id = ?", school);
    }

    public Optional<StoredLogo> read(UUID school) {
        return jdbc.query(
                "select sha256, media_type, bytes from school_logo where school_id = ?",
                rs -> rs.next()
                        ? Optional.of(new StoredLogo(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                        : Optional.<StoredLogo>empty(),
                school);
    }
}
