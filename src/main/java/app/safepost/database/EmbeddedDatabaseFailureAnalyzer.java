package app.safepost.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded database start into a short, readable start-up report. */
class EmbeddedDatabaseFailureAnalyzer
        extends AbstractFailureAnalyzer<EmbeddedDatabaseConfiguration.EmbeddedDatabaseUnavailable> {

    @Override
    protected FailureAnalysis analyze(
            Throwable rootFailure, EmbeddedDatabaseConfiguration.EmbeddedDatabaseUnavailable cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Free space on that disk or make it writable again and start the portal again: nothing in the"
                        + " data directory was changed. Or point safepost.data-dir at a writable directory with free"
                        + " space, stop the other Safepost process, or set spring.datasource.url to use an external"
                        + " PostgreSQL.",
                cause);
    }
}
