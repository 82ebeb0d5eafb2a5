package app.safepost.audit.domain;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the revision chain's anchors are kept ({@code safepost.audit.anchor.*}; docs/reliability.md).
 *
 * @param keyFile the Ed25519 signing key, created owner-only on first use (default
 *                {@code <data-dir>/config/anchor-signing.key}); never in the database or its backups
 * @param file    the append-only anchor file, one signed line per anchor (default beside the backups,
 *                {@code <backup directory>/revision-anchors.log})
 */
@ConfigurationProperties("safepost.audit.anchor")
public record AnchorSettings(
        @DefaultValue("./data/config/anchor-signing.key") Path keyFile,
        @DefaultValue("./data/backups/revision-anchors.log") Path file) {}
