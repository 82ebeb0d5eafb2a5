package app.safepost.accounts.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The credentials key in use and, during a key change, the previous one. The key comes from
 * {@code safepost.credentials.key}; in demo mode only, without one, a key is generated once into
 * {@code <data-dir>/credentials.key}. Neither key is ever logged or written to the database.
 */
public final class CredentialKeys {

    public static final String KEY_PROPERTY = "safepost.credentials.key";
    public static final String PREVIOUS_KEY_PROPERTY = "safepost.credentials.previous-key";
    static final String DEMO_KEY_FILE = "credentials.key";
    private static final Logger log = LoggerFactory.getLogger(CredentialKeys.class);

    private final CredentialCipher current;
    private final CredentialCipher previous;

    public CredentialKeys(CredentialCipher current, CredentialCipher previous) {
        this.current = current;
        this.previous = previous;
    }

    public CredentialCipher current() {
        return current;
    }

    public Optional<CredentialCipher> previous() {
        return Optional.ofNullable(previous);
    }

    /**
     * @param demoMode whether the demo sign-in is active (no single sign-on configured)
     * @throws CredentialKeyProblem when no usable key is configured outside demo mode, or a key is malformed
     */
    public static CredentialKeys resolve(String configured, String previousConfigured, boolean demoMode, Path dataDir) {
        var previous = isBlank(previousConfigured)
                ? null
                : CredentialCipher.fromBase64(previousConfigured, PREVIOUS_KEY_PROPERTY);
        if (!isBlank(configured)) {
            return new CredentialKeys(CredentialCipher.fromBase64(configured, KEY_PROPERTY), previous);
        }
        if (!demoMode) {
            throw CredentialKeyProblem.missing();
        }
        return new CredentialKeys(CredentialCipher.fromBase64(demoKey(dataDir), DEMO_KEY_FILE), previous);
    }

    private static String demoKey(Path dataDir) {
        var file = dataDir.resolve(DEMO_KEY_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(dataDir);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            var key = CredentialCipher.newKeyBase64();
            Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            log.warn(
                    "No credentials key configured: generated one for the demo only in {}. Set {}"
                            + " (SAFEPOST_CREDENTIALS_KEY) before the portal holds real account credentials.",
                    file.toAbsolutePath(),
                    KEY_PROPERTY);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the demo credentials key in " + file, e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
