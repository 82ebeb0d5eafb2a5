package app.safepost.school;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The secret an enrolled school iPad's browser (or a client on it) presents with its uploads (P3):
 * 32 random bytes, base64url without padding. The portal keeps only its SHA-256; {@link #toString()}
 * never shows it.
 *
 * @param token the key as the cookie and the {@code Safepost-Device} header carry it
 */
public record DeviceKey(String token) {

    static final int BYTES = 32;

    static DeviceKey generate(SecureRandom random) {
        var bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new DeviceKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The SHA-256 of the key's bytes, in hex; {@code null} when the token is not a key's shape at all. */
    @Nullable
    String sha256() {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        if (bytes.length != BYTES || token.length() != 43) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "DeviceKey[hidden]";
    }
}
