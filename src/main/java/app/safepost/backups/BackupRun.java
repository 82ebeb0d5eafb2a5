package app.safepost.backups;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One nightly backup or restore drill, as it went.
 *
 * @param fileName  the backup file made (a drill: the one it restored), if it got that far
 * @param sizeBytes that file's size
 * @param sha256    that file's SHA-256, as kept beside it
 * @param summary   what went wrong, or what a drill verified, in words
 */
public record BackupRun(
        Kind kind,
        Instant startedAt,
        Instant finishedAt,
        boolean succeeded,
        @Nullable String fileName,
        @Nullable Long sizeBytes,
        @Nullable String sha256,
        String summary) {

    public enum Kind {
        BACKUP,
        DRILL
    }

    public Duration took() {
        return Duration.between(startedAt, finishedAt);
    }

    /** "12.3 MB", "640 KB", "1.2 GB". */
    public static String size(long bytes) {
        if (bytes >= 1024L * 1024 * 1024) {
            return String.format(Locale.UK, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
        }
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.UK, "%.0f KB", Math.ceil(bytes / 1024.0));
    }
}
