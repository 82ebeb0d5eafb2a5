package app.safepost.media.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The photos' originals as uploaded, metadata and all, kept only where the school's setting
 * {@value #KEEP_PROPERTY} is on (it is off by default): encrypted with AES-256-GCM under a key that
 * is never in the database ({@value #KEY_PROPERTY}; in demo mode only, generated once into
 * {@code <data-dir>/photo-originals.key}), bound to the photo's id, and deleted when the photo's post
 * is published or the photo is discarded.
 */
public final class PhotoOriginals {

    public static final String KEEP_PROPERTY = "safepost.media.keep-originals";
    public static final String KEY_PROPERTY = "safepost.media.originals-key";
    static final String DEMO_KEY_FILE = "photo-originals.key";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final SecretKeySpec key;

    /** Keeping originals with this key; {@code key} null means the setting is off. */
    PhotoOriginals(JdbcTemplate jdbc, byte[] key) {
        this.jdbc = jdbc;
        this.key = key == null ? null : new SecretKeySpec(key, "AES");
    }

    /**
     * @throws IllegalStateException when originals are to be kept but no usable key is configured
     *                               outside demo mode
     */
    static PhotoOriginals configure(
            JdbcTemplate jdbc, boolean keep, String configuredKey, boolean demoMode, Path dataDir) {
        if (!keep) {
            return new PhotoOriginals(jdbc, null);
        }
        if (configuredKey != null && !configuredKey.isBlank()) {
            return new PhotoOriginals(jdbc, decode(configuredKey));
        }
        if (!demoMode) {
            throw new IllegalStateException(KEEP_PROPERTY + " is on but " + KEY_PROPERTY + " is not set. Set it to 32"
                    + " random bytes in base64 (for example: openssl rand -base64 32), or turn " + KEEP_PROPERTY
                    + " off.");
        }
        return new PhotoOriginals(jdbc, decode(demoKey(dataDir)));
    }

    public boolean keeping() {
        return key != null;
    }

    /** Keeps the original, encrypted, in the caller's transaction; nothing when the setting is off. */
    public void keep(UUID photoId, byte[] original, Instant now) {
        if (key == null) {
            return;
        }
        var nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        jdbc.update(
                "insert into photo_original (photo_id, nonce, ciphertext, kept_at) values (?, ?, ?, ?)",
                photoId,
                nonce,
                crypt(Cipher.ENCRYPT_MODE, nonce, photoId, original),
                Timestamp.from(now));
    }

    /** The original as uploaded, if it is still kept (and the key is at hand). */
    public Optional<byte[]> read(UUID photoId) {
        if (key == null) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "select nonce, ciphertext from photo_original where photo_id = ?",
                        (rs, i) -> crypt(Cipher.DECRYPT_MODE, rs.getBytes(1), photoId, rs.getBytes(2)),
                        photoId)
                .stream()
                .findFirst();
    }

    /** Deletes the original; true if one was kept. */
    public boolean delete(UUID photoId) {
        return jdbc.update("delete from photo_original where photo_id = ?", photoId) > 0;
    }

    private byte[] crypt(int mode, byte[] nonce, UUID photoId, byte[] input) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            // The photo's id as associated data: a ciphertext moved to another photo does not decrypt.
            cipher.updateAAD(ByteBuffer.allocate(16)
                    .putLong(photoId.getMostSignificantBits())
                    .putLong(photoId.getLeastSignificantBits())
                    .array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "A photo original could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted")
                            + " (wrong key?)",
                    e);
        }
    }

    private static byte[] decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_PROPERTY + " is not valid base64.");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    KEY_PROPERTY + " must be 32 bytes (256 bits) in base64; it is " + bytes.length + " bytes.");
        }
        return bytes;
    }

    private static String demoKey(Path dataDir) {
        var file = dataDir.resolve(DEMO_KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            var encoded = Base64.getEncoder().encodeToString(bytes);
            Files.createDirectories(dataDir);
            Files.writeString(file, encoded);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the data directory's own permissions protect it.
            }
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("The photo originals key file " + file + " cannot be read or written", e);
        }
    }
}
