package app.safepost.pupils.domain;

import app.safepost.common.SchoolTime;
import app.safepost.pupils.ConsentDefaults;
import app.safepost.pupils.ConsentNow;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.ImageConsentWithdrawn;
import app.safepost.pupils.PupilConsents;
import app.safepost.pupils.PupilId;
import app.safepost.school.ClassId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes consent decisions, whoever makes them (the office, a roster import, a parent through the
 * online form): the answer as it stands ({@link PupilConsent}), the decision in the history
 * ({@link ImageConsentRecord}), and {@link ImageConsentWithdrawn} when a yes becomes a no. Reads
 * them for the roster's screens and the checks.
 */
@Component
public class ConsentRecorder {

    private final PupilConsentRepository consents;
    private final ImageConsentRecordRepository history;
    private final ConsentPurposeRepository purposes;
    private final ConsentSettingsRepository settings;
    private final NeverPublishFlagRepository flags;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentRecorder(
            PupilConsentRepository consents,
            ImageConsentRecordRepository history,
            ConsentPurposeRepository purposes,
            ConsentSettingsRepository settings,
            NeverPublishFlagRepository flags,
            ApplicationEventPublisher events,
            Clock clock) {
        this.consents = consents;
        this.history = history;
        this.purposes = purposes;
        this.settings = settings;
        this.flags = flags;
        this.events = events;
        this.clock = clock;
    }

    /** One decision to record. {@code expiresOn} null: the school's default for a yes. */
    public record Decision(
            String purpose,
            boolean consent,
            ConsentSource source,
            @Nullable LocalDate recordedOn,
            @Nullable LocalDate expiresOn,
            String recordedBy,
            @Nullable String note) {}

    /**
     * Records the decision for the pupil unless it changes nothing; whether it changed anything. A yes
     * that becomes a no publishes {@link ImageConsentWithdrawn}.
     */
    public boolean record(Pupil pupil, Decision decision, Instant at) {
        var current = consents.findByPupilIdAndPurposeCode(pupil.getId(), decision.purpose())
                .orElseGet(() -> new PupilConsent(pupil.getId(), decision.purpose()));
        return record(pupil, decision, at, current, defaults());
    }

    /**
     * Decisions for many pupils at once (a roster import): their answers and the school's default are
     * read once for all, not once per decision.
     */
    public Batch batch(Collection<UUID> pupilIds) {
        var current = new HashMap<UUID, Map<String, PupilConsent>>();
        if (!pupilIds.isEmpty()) {
            var rows = pupilIds.size() > 500 ? consents.findAll() : consents.findByPupilIdIn(pupilIds);
            rows.forEach(c -> current.computeIfAbsent(c.getPupilId(), id -> new HashMap<>())
                    .put(c.getPurposeCode(), c));
        }
        return new Batch(current, defaults());
    }

    /** Decisions recorded against answers read once; see {@link #batch}. */
    public final class Batch {

        private final Map<UUID, Map<String, PupilConsent>> current;
        private final ConsentDefaults defaults;

        private Batch(Map<UUID, Map<String, PupilConsent>> current, ConsentDefaults defaults) {
            this.current = current;
            this.defaults = defaults;
        }

        public boolean record(Pupil pupil, Decision decision, Instant at) {
            var answer = current.computeIfAbsent(pupil.getId(), id -> new HashMap<>())
                    .computeIfAbsent(decision.purpose(), purpose -> new PupilConsent(pupil.getId(), purpose));
            return ConsentRecorder.this.record(pupil, decision, at, answer, defaults);
        }
    }

    private boolean record(Pupil pupil, Decision decision, Instant at, PupilConsent current, ConsentDefaults defaults) {
        var expiresOn = decision.consent() ? expiryOf(decision, defaults) : null;
        if (!current.differsFrom(decision.consent(), decision.recordedOn(), expiresOn)) {
            return false;
        }
        boolean withdrawn = current.isConsent() && !decision.consent();
        current.record(
                decision.consent(),
                decision.source(),
                decision.recordedOn(),
                expiresOn,
                decision.recordedBy(),
                at,
                decision.note());
        consents.save(current);
        history.save(new ImageConsentRecord(
                pupil.getId(),
                decision.purpose(),
                decision.consent(),
                decision.source(),
                decision.recordedOn(),
                expiresOn,
                decision.recordedBy(),
                at,
                decision.note()));
        if (withdrawn) {
            events.publishEvent(new ImageConsentWithdrawn(
                    new PupilId(pupil.getId()),
                    pupil.getUpn(),
                    pupil.getFirstName(),
                    pupil.getPreferredName(),
                    new ClassId(pupil.getClassId()),
                    at,
                    decision.source(),
                    decision.purpose()));
        }
        return true;
    }

    /** The expiry the decision gives, or the school's default from the day it was given. */
    public @Nullable LocalDate expiryOf(Decision decision) {
        return expiryOf(decision, defaults());
    }

    private @Nullable LocalDate expiryOf(Decision decision, ConsentDefaults defaults) {
        if (decision.expiresOn() != null) {
            return decision.expiresOn();
        }
        var given =
                decision.recordedOn() != null ? decision.recordedOn() : LocalDate.now(clock.withZone(SchoolTime.ZONE));
        return defaults.expiryFor(given);
    }

    public ConsentDefaults defaults() {
        var row = settings.theSettings();
        return new ConsentDefaults(row.getDefaultExpiry(), row.getExpiryYears(), row.getVersion());
    }

    /** The codes of the social-media purposes not retired: what a single image consent stands for. */
    public List<String> socialMediaPurposes() {
        return purposes.findAllByOrderByPositionAscCodeAsc().stream()
                .filter(p -> p.isSocialMedia() && !p.isRetired())
                .map(ConsentPurpose::getCode)
                .toList();
    }

    /** Each pupil's recorded answers and flag; pupils with nothing recorded get {@link PupilConsents#NONE}. */
    public Map<UUID, PupilConsents> of(Collection<UUID> pupilIds) {
        if (pupilIds.isEmpty()) {
            return Map.of();
        }
        var byPupil = new HashMap<UUID, Map<String, ConsentNow>>();
        var rows = pupilIds.size() > 500 ? consents.findAll() : consents.findByPupilIdIn(pupilIds);
        for (var consent : rows) {
            byPupil.computeIfAbsent(consent.getPupilId(), id -> new HashMap<>())
                    .put(consent.getPurposeCode(), consent.now());
        }
        var flagged = flags.findByNeverPublishTrue().stream()
                .map(NeverPublishFlag::getPupilId)
                .collect(Collectors.toSet());
        return pupilIds.stream()
                .distinct()
                .collect(Collectors.toMap(
                        Function.identity(),
                        id -> new PupilConsents(byPupil.getOrDefault(id, Map.of()), flagged.contains(id))));
    }

    public PupilConsents of(UUID pupilId) {
        return of(List.of(pupilId)).get(pupilId);
    }
}
