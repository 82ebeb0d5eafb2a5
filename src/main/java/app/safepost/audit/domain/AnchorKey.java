package app.safepost.audit.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Ed25519 key that signs the chain's anchors, kept in a file outside the database: two lines,
 * {@code private: } and {@code public: } with the keys' standard encodings (PKCS#8, X.509) in base64.
 * It is created owner-only on first use; a key file that is there but unreadable is a problem, never
 * silently replaced, since a new key would disown every anchor signed so far.
 */
public final class AnchorKey {

    static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private AnchorKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key in this file, made (owner-only) if the file does not exist yet. */
    public static AnchorKey createOrLoad(Path file) {
        if (!Files.exists(file)) {
            try {
                create(file);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // Another instance made it first: use theirs.
            } catch (IOException | GeneralSecurityException e) {
                throw new AnchorProblem("The anchor key " + file + " cannot be created: " + e.getMessage(), e);
            }
        }
        return load(file);
    }

    /** The key in this file; a problem if it is missing or unreadable. */
    public static AnchorKey load(Path file) {
        if (!Files.exists(file)) {
            throw new AnchorProblem("The anchor key " + file + " is missing, so the anchors cannot be verified.");
        }
        try {
            String privateText = null;
            String publicText = null;
            for (var line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                if (line.startsWith("private: ")) {
                    privateText = line.substring("private: ".length()).strip();
                } else if (line.startsWith("public: ")) {
                    publicText = line.substring("public: ".length()).strip();
                }
            }
            if (privateText == null || publicText == null) {
                throw new AnchorProblem("The anchor key " + file + " is unreadable: it does not hold an Ed25519 key.");
            }
            var keys = KeyFactory.getInstance(ALGORITHM);
            return new AnchorKey(
                    keys.generatePrivate(
                            new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateText))),
                    keys.generatePublic(
                            new X509EncodedKeySpec(Base64.getDecoder().decode(publicText))));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new AnchorProblem("The anchor key " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        var directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        var pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        var text =
                "# Safepost: the key that signs the revision chain's anchors (Ed25519). Keep it off the database host.\n"
                        + "private: "
                        + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                        + "public: "
                        + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n";
        var ownerOnly = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        var temporary = directory.resolve(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (ownerOnly) {
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(
                temporary,
                text,
                StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE,
                StandardOpenOption.SYNC);
        try {
            // A hard link fails if the key exists, so two instances never both write one.
            Files.createLink(file, temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public String sign(String text) {
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean verifies(String text, String signatureBase64) {
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The first 16 hex digits of the SHA-256 of the public key: which key signed a line. */
    public String id() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key in PEM, for an auditor to verify the lines with other tools. */
    public String publicPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
