package app.safepost.pupils;

import app.safepost.audit.AuditTrail;
import app.safepost.common.SchoolTime;
import app.safepost.pupils.domain.ConsentFormLink;
import app.safepost.pupils.domain.ConsentFormLinkRepository;
import app.safepost.pupils.domain.ImageConsentRecord;
import app.safepost.pupils.domain.ImageConsentRecordRepository;
import app.safepost.pupils.domain.Pupil;
import app.safepost.pupils.domain.PupilConsent;
import app.safepost.pupils.domain.PupilConsentRepository;
import app.safepost.pupils.domain.PupilRepository;
import app.safepost.security.Roles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention: a pupil who left more than {@code safepost.pupils.retention-years} years ago is
 * pseudonymised, in the live roster and in the audit trail alike: names become "Former pupil", the
 * UPN becomes a hash of it. All of one run is one revision of the trail, so it shows who and when,
 * and the revision chain still verifies (docs/retention.md explains why and what stays).
 */
@Service
public class PupilRetention {

    private static final Logger log = LoggerFactory.getLogger(PupilRetention.class);

    private final PupilRepository pupils;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final int retentionYears;
    private final ApplicationEventPublisher events;
    private final PupilConsentRepository consents;
    private final ImageConsentRecordRepository decisions;
    private final ConsentFormLinkRepository links;

    PupilRetention(
            PupilRepository pupils,
            AuditTrail auditTrail,
            Clock clock,
            @Value("${safepost.pupils.retention-years:6}") int retentionYears,
            ApplicationEventPublisher events,
            PupilConsentRepository consents,
            ImageConsentRecordRepository decisions,
            ConsentFormLinkRepository links) {
        this.events = events;
        this.consents = consents;
        this.decisions = decisions;
        this.links = links;
        this.pupils = pupils;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.retentionYears = retentionYears;
    }

    public int retentionYears() {
        return retentionYears;
    }

    /** Pseudonymises every pupil who left before the retention period; how many were. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public int pseudonymiseExpired() {
        return pseudonymiseLeftBefore(
                LocalDate.now(clock.withZone(SchoolTime.ZONE)).minusYears(retentionYears));
    }

    /** Pseudonymises every pupil who left before {@code leftBefore} and is not yet pseudonymised. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public int pseudonymiseLeftBefore(LocalDate leftBefore) {
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var expired = pupils.findByArchivedTrueAndPseudonymisedOnIsNullAndLeftOnBefore(leftBefore);
        for (var pupil : expired) {
            var formerUpn = pupil.getUpn();
            var upn = pseudonymousUpn(formerUpn);
            pupil.pseudonymise(upn, today);
            var columns = new HashMap<String, String>();
            columns.put("upn", upn);
            columns.put("first_name", Pupil.PSEUDONYM_FIRST_NAME);
            columns.put("surname", Pupil.PSEUDONYM_SURNAME);
            columns.put("preferred_name", null);
            columns.put("parent_emails", null);
            auditTrail.pseudonymiseHistory(Pupil.class, pupil.getId(), columns);
            forgetTheParents(pupil);
            events.publishEvent(new PupilPseudonymised(new PupilId(pupil.getId()), formerUpn, upn));
        }
        if (!expired.isEmpty()) {
            log.info("Retention: pseudonymised {} pupils who left before {}", expired.size(), leftBefore);
        }
        return expired.size();
    }

    /**
     * Who recorded each consent (a parent's name, for the online form) and the addresses consent forms
     * went to, in the records and their history. Who made each change stays in the revisions.
     */
    private void forgetTheParents(Pupil pupil) {
        for (var consent : consents.findByPupilId(pupil.getId())) {
            consent.forgetWhoRecorded(REMOVED);
            auditTrail.pseudonymiseHistory(PupilConsent.class, consent.getId(), Map.of("recorded_by", REMOVED));
        }
        for (var decision : decisions.findByPupilIdOrderByRecordedAtAsc(pupil.getId())) {
            decision.forgetWhoRecorded(REMOVED);
            auditTrail.pseudonymiseHistory(ImageConsentRecord.class, decision.getId(), Map.of("recorded_by", REMOVED));
        }
        for (var link : links.findByPupilId(pupil.getId())) {
            link.forgetTheParent(REMOVED);
            var columns = new HashMap<String, String>();
            columns.put("address", REMOVED);
            columns.put("answered_by", null);
            auditTrail.pseudonymiseHistory(ConsentFormLink.class, link.getId(), columns);
        }
    }

    /** What stands where a parent's name or address was. */
    static final String REMOVED = "(removed at retention)";

    /** "X" and 12 hex digits of the UPN's SHA-256: 13 characters like a UPN, never a valid one. */
    static String pseudonymousUpn(String upn) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(upn.getBytes(StandardCharsets.UTF_8));
            return "X" + HexFormat.of().formatHex(digest).substring(0, 12).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
