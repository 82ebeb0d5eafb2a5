package app.safepost.audit;

import app.safepost.audit.domain.AnchorProblem;
import app.safepost.audit.domain.IntegrityCheckSettings;
import app.safepost.audit.domain.RevisionChain;
import app.safepost.audit.domain.TrailAnchors;
import app.safepost.common.SchoolTime;
import app.safepost.security.SchoolId;
import app.safepost.security.SchoolInHand;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the revision chain and reports the first broken link: on the integrity screen and
 * every night. It detects changes made directly in the database, and checks the chain against the
 * school's latest anchor (signed outside the database), so that revisions removed from its end, or a
 * trail altered and sealed again, are found too; see docs/audit-integrity.md for what it cannot detect.
 */
@Service
public class IntegrityCheck {

    private static final Logger log = LoggerFactory.getLogger(IntegrityCheck.class);

    private final RevisionChain chain;
    private final TrailAnchors anchors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IntegrityCheckSettings settings;

    IntegrityCheck(
            RevisionChain chain,
            TrailAnchors anchors,
            ApplicationEventPublisher events,
            Clock clock,
            IntegrityCheckSettings settings) {
        this.chain = chain;
        this.settings = settings;
        this.anchors = anchors;
        this.events = events;
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
        var report = againstAnchor(
                chain,
                SchoolInHand.required().value(),
                chain.verify(
                        position,
                        clock.instant().truncatedTo(ChronoUnit.MICROS),
                        SignedInStaff.currentAuthor().username()));
        keep(report);
        return report;
    }

    private void keep(IntegrityReport report) {
        chain.record(report);
        if (report.intact()) {
            log.info(
                    "Audit trail intact: {} links checked from link {}, head {}",
                    report.linksChecked(),
                    Math.max(report.firstPosition(), 1),
                    report.headHash());
        } else {
            log.error(
                    "Audit trail altered: link {} (revision {}): {}",
                    report.firstBrokenPosition(),
                    report.firstBrokenRevision(),
                    report.problem());
        }
    }

    /**
     * Checks the whole chain and, if it is intact, signs its head into the anchor file (the school's
     * head teacher and chair of governors are e-mailed it). If the trail is altered nothing is anchored,
     * so an alteration is never vouched for, and SLT are told. When an auditor asks, and on the nights
     * of the full check.
     */
    @PreAuthorize(AuditExplorer.READERS)
    @Transactional
    public AnchorOutcome checkAndAnchor() {
        return anchorIfIntact(checkChain());
    }

    /**
     * The nightly run: the whole chain on the full-check night and when no full check has passed within
     * the last week ({@link #checkAndAnchor}), else only the links after the latest anchor
     * ({@link #checkSinceAnchorAndAnchor}).
     */
    @PreAuthorize(AuditExplorer.READERS)
    @Transactional
    public AnchorOutcome checkNightAndAnchor() {
        return fullCheckDue() ? checkAndAnchor() : checkSinceAnchorAndAnchor();
    }

    /**
     * Checks only the links after the school's latest anchor (the last link a check verified, signed
     * outside the database, so that it cannot be moved without the key) and anchors the new head if they
     * verify; an alteration leaves the anchor where it was, so the next night checks the same links
     * again. Without a usable anchor to start from, the whole chain. What this cannot see (an edit of a
     * revision at or before the anchor that leaves the links as they were) the full check finds:
     * docs/audit-integrity.md.
     */
    @PreAuthorize(AuditExplorer.READERS)
    @Transactional
    public AnchorOutcome checkSinceAnchorAndAnchor() {
        var school = SchoolInHand.required().value();
        if (!(anchors.latest(school) instanceof TrailAnchors.Latest.Found found)) {
            return checkAndAnchor();
        }
        var since = found.anchor();
        var verified = new RevisionChain.Head(since.position(), since.revision(), since.hash(), since.revisionTime());
        var report = againstAnchor(
                chain,
                school,
                chain.verifyAfter(
                        school,
                        verified,
                        clock.instant().truncatedTo(ChronoUnit.MICROS),
                        SignedInStaff.currentAuthor().username()));
        keep(report);
        return anchorIfIntact(report);
    }

    /** Whether tonight's check reads the whole chain: the full-check day, or none passed within a week. */
    boolean fullCheckDue() {
        var now = clock.instant();
        if (now.atZone(SchoolTime.ZONE).getDayOfWeek() == settings.fullCheckDay()) {
            return true;
        }
        return chain.lastWholeCheckIntact()
                .map(last -> last.isBefore(now.minus(settings.fullCheckWithin())))
                .orElse(true);
    }

    private AnchorOutcome anchorIfIntact(IntegrityReport report) {
        var school = SchoolInHand.required();
        if (!report.intact()) {
            events.publishEvent(new TrailFoundAltered(school, report));
            return new AnchorOutcome(report, null, "Not anchored, as the check did not pass. " + report.inWords());
        }
        // The head the check verified, not one committed since.
        var head = chain.linkAt(school.value(), report.lastPosition())
                .filter(h -> h.hash().equals(report.headHash()));
        if (head.isEmpty()) {
            return new AnchorOutcome(report, null, "Nothing to anchor yet: the trail has no revisions.");
        }
        try {
            var signed =
                    anchors.append(school.value(), head.get(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
            var anchor = signed.anchor();
            log.info(
                    "Audit trail anchored: link {} (revision {}), hash {}",
                    anchor.position(),
                    anchor.revision(),
                    anchor.hash());
            events.publishEvent(new TrailAnchored(school, anchor, signed.line()));
            return new AnchorOutcome(
                    report,
                    anchor,
                    "Anchored: link " + anchor.position() + " (revision " + anchor.revision() + ") was signed into "
                            + anchors.file() + ".");
        } catch (AnchorProblem e) {
            log.error("Audit trail not anchored: {}", e.getMessage());
            return new AnchorOutcome(report, null, "Not anchored: " + e.getMessage());
        }
    }

    /** The school in hand's latest anchor, in words, for the integrity screen. */
    @PreAuthorize(AuditExplorer.READERS)
    public String latestAnchor() {
        return switch (anchors.latest(SchoolInHand.required().value())) {
            case TrailAnchors.Latest.Found found ->
                "Latest anchor: link " + found.anchor().position() + " (revision "
                        + found.anchor().revision() + "), signed "
                        + SchoolTime.dateTime(found.anchor().anchoredAt())
                        + ", line " + found.line() + " of " + anchors.file() + ".";
            case TrailAnchors.Latest.NotYet notYet -> notYet.why();
            case TrailAnchors.Latest.Unusable unusable -> unusable.problem();
        };
    }

    /** A school's whole chain in this database checked against its latest anchor, without keeping the result. */
    IntegrityReport checkAgainstAnchor(RevisionChain chainOf, UUID school) {
        var report = chainOf.verify(
                school,
                1,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                SignedInStaff.currentAuthor().username());
        return againstAnchor(chainOf, school, report);
    }

    /** The report with what the school's latest anchor says of the chain added to it. */
    private IntegrityReport againstAnchor(RevisionChain chainOf, UUID school, IntegrityReport report) {
        var finding = switch (anchors.latest(school)) {
            case TrailAnchors.Latest.Found found -> disagreement(chainOf, school, found);
            case TrailAnchors.Latest.NotYet notYet -> null;
            case TrailAnchors.Latest.Unusable unusable -> unusable.problem();
        };
        if (finding == null) {
            return report;
        }
        var problem = report.problem() == null ? finding : report.problem() + " Also: " + finding;
        return new IntegrityReport(
                report.checkedAt(),
                report.checkedBy(),
                report.linksChecked(),
                report.firstBrokenPosition(),
                report.firstBrokenRevision(),
                problem,
                report.headHash(),
                report.firstPosition());
    }

    private @Nullable String disagreement(RevisionChain chainOf, UUID school, TrailAnchors.Latest.Found found) {
        var anchor = found.anchor();
        var which = "the anchor of " + SchoolTime.dateTime(anchor.anchoredAt()) + " (line " + found.line() + " of "
                + anchors.file() + ")";
        var link = chainOf.linkAt(school, anchor.position());
        if (link.isEmpty()) {
            var head = chainOf.head(school);
            var now = head.map(h -> "now ends at link " + h.position() + " (revision " + h.revision() + ")")
                    .orElse("now has no links");
            var removed =
                    anchor.position() - head.map(RevisionChain.Head::position).orElse(0L);
            return "Revisions were removed from the end of the trail: " + which + " signed link " + anchor.position()
                    + " (revision " + anchor.revision() + "), but the chain " + now + ", " + removed
                    + (removed == 1 ? " link" : " links") + " short.";
        }
        if (link.get().revision() != anchor.revision() || !link.get().hash().equals(anchor.hash())) {
            return "The trail was altered and sealed again: link " + anchor.position()
                    + " no longer has the revision and"
                    + " hash " + which + " signed (revision " + anchor.revision() + ", hash "
                    + anchor.hash().substring(0, 12) + "…; now revision "
                    + link.get().revision() + ", hash "
                    + link.get().hash().substring(0, 12) + "…).";
        }
        return null;
    }

    /**
     * Checks every school's whole chain in a restored copy of the database (the restore drill), as it
     * checks the school in hand's here: a backup holds every school, and the drill vouches for all of
     * them. The results are not kept, since they are about the copy.
     */
    @PreAuthorize(AuditExplorer.READERS)
    public List<ChainInCopy> checkCopy(DataSource copy) {
        var chain = RevisionChain.of(copy);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var by = SignedInStaff.currentAuthor().username();
        return chain.schools().entrySet().stream()
                .map(school -> new ChainInCopy(
                        new SchoolId(school.getKey()), school.getValue(), chain.verify(school.getKey(), 1, now, by)))
                .toList();
    }

    /** One school's chain in a restored copy. */
    public record ChainInCopy(SchoolId school, String schoolName, IntegrityReport report) {}

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
