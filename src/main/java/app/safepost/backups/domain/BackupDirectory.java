package app.safepost.backups.domain;

import app.safepost.common.SchoolTime;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup directory. Each backup is three files: {@code safepost-2026-12-04-010000.dump} (pg_dump's
 * custom format), {@code .sha256} beside it in {@code sha256sum}'s format (so {@code sha256sum -c}
 * checks it by hand too) and {@code .json}, its manifest (when, from which server, every table's row
 * count). The dump is written under a temporary name and moved into place last, so a backup whose
 * dump is there is whole; a half-written one left by a crash is cleared away the next night.
 */
final class BackupDirectory {

    static final String PREFIX = "safepost-";
    private static final Pattern NAME = Pattern.compile("safepost-\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?\\.dump");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final String PARTIAL = ".partial";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;

    BackupDirectory(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path path() {
        return directory;
    }

    /** Creates the directory (owner only) if it is missing; a problem if it cannot be written. */
    void prepare() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new BackupProblem("The backup directory " + directory + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(directory)) {
            throw new BackupProblem("The backup directory " + directory + " cannot be written to.");
        }
    }

    /** Where a new backup's dump is written first, named by the moment of its snapshot (school time). */
    Path partialFor(Instant madeAt) {
        var stamp = STAMP.format(madeAt.atZone(SchoolTime.ZONE));
        var name = PREFIX + stamp + ".dump";
        for (int n = 2; Files.exists(directory.resolve(name)) || Files.exists(directory.resolve(name + PARTIAL)); n++) {
            name = PREFIX + stamp + "-" + n + ".dump";
        }
        return directory.resolve(name + PARTIAL);
    }

    /** Writes the checksum and the manifest, then moves the dump into place: from then on it counts. */
    BackupFile complete(
            Path partial, Instant madeAt, String serverVersion, String pgDumpVersion, Map<String, Long> rows)
            throws IOException {
        var name = partial.getFileName().toString();
        var dump = directory.resolve(name.substring(0, name.length() - PARTIAL.length()));
        var backup =
                BackupFile.of(dump, madeAt, Files.size(partial), sha256(partial), serverVersion, pgDumpVersion, rows);
        writeAtomically(companion(dump, ".sha256"), backup.sha256() + "  " + backup.fileName() + "\n");
        var manifest = JSON.createObjectNode()
                .put("file", backup.fileName())
                .put("madeAt", madeAt.toString())
                .put("sizeBytes", backup.sizeBytes())
                .put("sha256", backup.sha256())
                .put("serverVersion", serverVersion)
                .put("pgDumpVersion", pgDumpVersion);
        var counts = manifest.putObject("rows");
        backup.rows().forEach(counts::put);
        writeAtomically(
                companion(dump, ".json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        Files.move(partial, dump, StandardCopyOption.ATOMIC_MOVE);
        return backup;
    }

    /** Every whole backup, newest first. */
    List<BackupFile> all() {
        var backups = new ArrayList<BackupFile>();
        try (var files = Files.list(directory)) {
            for (var dump : files.filter(
                            f -> NAME.matcher(f.getFileName().toString()).matches())
                    .toList()) {
                read(dump).ifPresent(backups::add);
            }
        } catch (IOException e) {
            return List.of();
        }
        backups.sort(Comparator.comparing(BackupFile::madeAt)
                .thenComparing(BackupFile::fileName)
                .reversed());
        return backups;
    }

    Optional<BackupFile> latest() {
        return all().stream().findFirst();
    }

    /** The dump's SHA-256 computed again and compared with its {@code .sha256} file. */
    void verify(BackupFile backup) {
        try {
            var kept = Files.readString(companion(backup.dump(), ".sha256"), StandardCharsets.UTF_8)
                    .strip();
            var expected = kept.split("\\s+")[0];
            var actual = sha256(backup.dump());
            if (!actual.equalsIgnoreCase(expected)) {
                throw new BackupProblem(backup.fileName() + " does not match its checksum: the file was changed or"
                        + " damaged after it was written.");
            }
        } catch (IOException e) {
            throw new BackupProblem(backup.fileName() + " or its checksum cannot be read: " + e.getMessage(), e);
        }
    }

    /** Deletes the backups the rotation does not keep, and dumps a crash left half-written; what was deleted. */
    List<BackupFile> rotate(Rotation rotation, Instant now) throws IOException {
        var all = all();
        var keep = rotation.keep(all, b -> LocalDate.ofInstant(b.madeAt(), SchoolTime.ZONE));
        var deleted = new ArrayList<BackupFile>();
        for (var backup : all) {
            if (!keep.contains(backup)) {
                Files.deleteIfExists(backup.dump());
                Files.deleteIfExists(companion(backup.dump(), ".sha256"));
                Files.deleteIfExists(companion(backup.dump(), ".json"));
                deleted.add(backup);
            }
        }
        try (var files = Files.list(directory)) {
            for (var partial : files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                            && f.getFileName().toString().endsWith(PARTIAL))
                    .toList()) {
                if (Files.getLastModifiedTime(partial).toInstant().isBefore(now.minus(Duration.ofDays(1)))) {
                    Files.deleteIfExists(partial);
                }
            }
        }
        return deleted;
    }

    private Optional<BackupFile> read(Path dump) {
        try {
            var manifestFile = companion(dump, ".json");
            if (!Files.exists(manifestFile) || !Files.exists(companion(dump, ".sha256"))) {
                return Optional.empty();
            }
            JsonNode manifest = JSON.readTree(manifestFile.toFile());
            var rows = new LinkedHashMap<String, Long>();
            manifest.path("rows")
                    .properties()
                    .forEach(e -> rows.put(e.getKey(), e.getValue().asLong()));
            return Optional.of(BackupFile.of(
                    dump,
                    Instant.parse(manifest.path("madeAt").asString()),
                    Files.size(dump),
                    manifest.path("sha256").asString(),
                    manifest.path("serverVersion").asString(),
                    manifest.path("pgDumpVersion").asString(),
                    rows));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static Path companion(Path dump, String extension) {
        var name = dump.getFileName().toString();
        return dump.resolveSibling(name.substring(0, name.length() - ".dump".length()) + extension);
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        var temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static String sha256(Path file) throws IOException {
        try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
