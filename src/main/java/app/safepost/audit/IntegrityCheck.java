package app.safepost.audit;

import app.safepost.audit.domain.RevisionChain;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the revision chain and reports the first broken link: on the integrity screen and
 * every night. It detects changes made directly in the database; see docs/audit-integrity.md for
 * what it cannot detect.
 */
@Service
public class IntegrityCheck {

    private static final Logger log = LoggerFactory.getLogger(IntegrityCheck.class);

    private final RevisionChain chain;
    private final Clock clock;

    IntegrityCheck(RevisionChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    /** Checks the whole chain and keeps the result. */
    @PreAuthorize(AuditExplorer.READERS)
    @Transactional
    public IntegrityReport checkChain() {
        return checkFrom(1);
    }

    /** Checks the chain from one link (1: all of it) to the head, and keeps the result. */
    @PreAuthorize(AuditExplorer.READERS)
    @Transactional
    public IntegrityReport checkFrom(long position) {
        var report = chain.verify(position, clock.instant().truncatedTo(ChronoUnit.MICROS), SignedInStaff.currentAuthor().username());
        chain.record(report);
        if (report.intact()) {
            log.info("Audit trail intact: {} links checked, head {}", report.linksChecked(), report.headHash());
        } else {
            log.error("Audit trail altered: link {} (revision {}): {}", report.firstBrokenPosition(),
                    report.firstBrokenRevision(), report.problem());
        }
        return report;
    }

    /**
     * Checks the whole chain of a restored copy of the database (the restore drill), as it checks this
     * one's; the result is not kept, since it is about the copy.
     */
    @PreAuthorize(AuditExplorer.READERS)
    public IntegrityReport checkCopy(DataSource copy) {
        return RevisionChain.of(copy).verify(1, clock.instant().truncatedTo(ChronoUnit.MICROS),
                SignedInStaff.currentAuthor().username());
    }

    /** The chain's current last position, to check only what is added after it. */
    @PreAuthorize(AuditExplorer.READERS)
    @Transactional(readOnly = true)
    public long headPosition() {
        return chain.headPosition();
    }

    @PreAuthorize(AuditExplorer.READERS)
    @Transactional(readOnly = true)
    public List<IntegrityReport> recentChecks() {
        return chain.recentRuns(10);
    }
}
