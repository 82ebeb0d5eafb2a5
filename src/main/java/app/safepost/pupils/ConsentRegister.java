package app.safepost.pupils;

import app.safepost.common.SchoolTime;
import app.safepost.pupils.domain.ConsentPurpose;
import app.safepost.pupils.domain.ConsentPurposeRepository;
import app.safepost.pupils.domain.ConsentRecorder;
import app.safepost.pupils.domain.ImageConsentRecordRepository;
import app.safepost.pupils.domain.Pupil;
import app.safepost.pupils.domain.PupilConsent;
import app.safepost.pupils.domain.PupilConsentRepository;
import app.safepost.pupils.domain.PupilRepository;
import app.safepost.school.ClassSummary;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The image-consent register (P14): each pupil's answer per purpose with the date given, its source,
 * who recorded it (a member of staff, or a parent through the online form), a note and an expiry,
 * and every earlier decision. The office records; the office and SLT read.
 */
@Service
@Validated
public class ConsentRegister {

    private final PupilRepository pupils;
    private final ConsentRecorder recorder;
    private final ConsentPurposeRepository purposes;
    private final PupilConsentRepository consents;
    private final ImageConsentRecordRepository history;
    private final SchoolDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentRegister(
            PupilRepository pupils,
            ConsentRecorder recorder,
            ConsentPurposeRepository purposes,
            PupilConsentRepository consents,
            ImageConsentRecordRepository history,
            SchoolDirectory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pupils = pupils;
        this.recorder = recorder;
        this.purposes = purposes;
        this.consents = consents;
        this.history = history;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a decision by the signed-in member of the office, for one purpose or (purpose null)
     * every social-media purpose; withdrawing a yes publishes {@link ImageConsentWithdrawn}.
     *
     * @return whether anything changed (the same answer, date and expiry again change nothing)
     * @throws IllegalArgumentException for a purpose that does not exist or is retired
     */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public boolean record(PupilId id, @Valid ConsentDecision decision) {
        var pupil = pupils.findById(id.value()).orElseThrow(() -> new PupilRoster.PupilNotFound(id));
        var codes = decision.purpose() == null
                ? recorder.socialMediaPurposes()
                : List.of(activePurpose(decision.purpose()));
        boolean changed = false;
        for (var code : codes) {
            changed |= recorder.record(
                    pupil,
                    new ConsentRecorder.Decision(
                            code,
                            decision.consent(),
                            decision.source(),
                            decision.recordedOn(),
                            decision.expiresOn(),
                            SignedInStaff.currentAuthor().username(),
                            blankToNull(decision.note())),
                    clock.instant());
        }
        if (changed) {
            events.publishEvent(new RosterChanged(clock.instant()));
        }
        return changed;
    }

    /** The pupil's answers by purpose, and whether they may never be published (never why). */
    @PreAuthorize(PupilRoster.READS_RECORDS)
    @Transactional(readOnly = true)
    public PupilConsents consentsOf(PupilId id) {
        return recorder.of(id.value());
    }

    /** Every decision for the pupil, oldest first. */
    @PreAuthorize(PupilRoster.READS_RECORDS)
    @Transactional(readOnly = true)
    public List<ConsentEntry> history(PupilId id) {
        return history.findByPupilIdOrderByRecordedAtAscPurposeCodeAsc(id.value()).stream()
                .map(c -> new ConsentEntry(
                        c.getPurposeCode(),
                        c.isConsent(),
                        c.getSource(),
                        c.getRecordedOn(),
                        c.getExpiresOn(),
                        c.getRecordedBy(),
                        c.getRecordedAt(),
                        c.getNote()))
                .toList();
    }

    /** Yeses of pupils on roll that expire within this many days from today (expired ones excluded). */
    @PreAuthorize(PupilRoster.OFFICE_OR_SLT)
    @Transactional(readOnly = true)
    public List<ExpiringConsent> expiringWithin(int days) {
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var expiring = consents.expiringBetween(today, today.plusDays(days));
        if (expiring.isEmpty()) {
            return List.of();
        }
        var byId = pupils
                .findAllById(expiring.stream()
                        .map(PupilConsent::getPupilId)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Pupil::getId, Function.identity()));
        var names =
                purposes.findAll().stream().collect(Collectors.toMap(ConsentPurpose::getCode, ConsentPurpose::getName));
        Map<UUID, String> classes =
                directory.classes().stream().collect(Collectors.toMap(c -> c.id().value(), ClassSummary::name));
        return expiring.stream()
                .map(c -> {
                    var pupil = byId.get(c.getPupilId());
                    return new ExpiringConsent(
                            new PupilId(pupil.getId()),
                            pupil.getFirstName() + " " + pupil.getSurname(),
                            classes.getOrDefault(pupil.getClassId(), ""),
                            c.getPurposeCode(),
                            names.getOrDefault(c.getPurposeCode(), c.getPurposeCode()),
                            c.getExpiresOn());
                })
                .toList();
    }

    private String activePurpose(String code) {
        var purpose = purposes.findByCode(code.strip())
                .orElseThrow(() -> new IllegalArgumentException("There is no consent purpose " + code + "."));
        if (purpose.isRetired()) {
            throw new IllegalArgumentException(
                    "The purpose " + code + " is retired; consent is no longer asked for it.");
        }
        return purpose.getCode();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
