package app.safepost.pupils;

import app.safepost.common.SchoolTime;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.notifications.SecretLinks;
import app.safepost.pupils.domain.ConsentFormAttempts;
import app.safepost.pupils.domain.ConsentFormLink;
import app.safepost.pupils.domain.ConsentFormLinkRepository;
import app.safepost.pupils.domain.ConsentFormTokens;
import app.safepost.pupils.domain.ConsentRecorder;
import app.safepost.pupils.domain.Pupil;
import app.safepost.pupils.domain.PupilRepository;
import app.safepost.school.ClassId;
import app.safepost.school.SchoolProfileService;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import app.safepost.security.SchoolId;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parents give and change consent online. The office sends the form to a pupil's parents (or a
 * class's, or the whole school's) by e-mail through the outbox; each e-mail carries a single-use link
 * valid for 30 days that opens the public consent page, outside single sign-on. The page's two calls
 * ({@link #open}, {@link #answer}) are the portal's only public ones: the token is the permission,
 * each call counts against the visitor's address and the token, and the answers are recorded as the
 * parent's ({@link PortalTask#runAsParentApart}).
 */
@Service
public class ConsentForms {

    private final PupilRepository pupils;
    private final ConsentFormLinkRepository links;
    private final ConsentFormAttempts attempts;
    private final ConsentRecorder recorder;
    private final ConsentPurposes purposes;
    private final Notices notices;
    private final SchoolProfileService school;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConsentForms(
            PupilRepository pupils,
            ConsentFormLinkRepository links,
            ConsentFormAttempts attempts,
            ConsentRecorder recorder,
            ConsentPurposes purposes,
            Notices notices,
            SchoolProfileService school,
            TransactionTemplate transaction,
            Clock clock) {
        this.pupils = pupils;
        this.links = links;
        this.attempts = attempts;
        this.recorder = recorder;
        this.purposes = purposes;
        this.notices = notices;
        this.school = school;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * E-mails the form to the pupil's parents, one link per address.
     *
     * @return how many e-mails were queued
     * @throws ConsentFormRefused when the roster has no parent e-mail address for the pupil
     */
    @PreAuthorize(Roles.IS_OFFICE)
    public int send(PupilId id) {
        return inTransaction(() -> {
            var pupil = pupils.findById(id.value()).orElseThrow(() -> new PupilRoster.PupilNotFound(id));
            if (pupil.getParentEmails().isEmpty()) {
                throw new ConsentFormRefused(Map.of("parentEmails", "Add the parents' e-mail address first."));
            }
            return sendTo(pupil, schoolName());
        });
    }

    /** E-mails the form to the parents of every pupil on roll in the class. */
    @PreAuthorize(Roles.IS_OFFICE)
    public ConsentFormsSent sendToClass(ClassId classId) {
        return inTransaction(() -> sendToAll(pupils.findByArchivedFalseAndClassIdIn(List.of(classId.value()))));
    }

    /** E-mails the form to the parents of every pupil on roll: the start of the school year. */
    @PreAuthorize(Roles.IS_OFFICE)
    public ConsentFormsSent sendToSchool() {
        return inTransaction(() -> sendToAll(pupils.findByArchived(false)));
    }

    /**
     * The page a token opens; counts the attempt. Public: the token is the permission.
     *
     * @param clientAddress the visitor's address, for the limit on attempts
     */
    @PreAuthorize("permitAll()")
    public ConsentFormPage open(String token, String clientAddress) {
        var hash = ConsentFormTokens.hash(token == null ? "" : token);
        if (!attempts.allow(clientAddress, hash)) {
            return new ConsentFormPage.Closed(ConsentFormPage.Reason.TOO_MANY_ATTEMPTS);
        }
        var school = schoolOf(hash);
        if (school.isEmpty()) {
            return new ConsentFormPage.Closed(ConsentFormPage.Reason.NOT_FOUND);
        }
        return PortalTask.runAsParentApart(
                school.get(),
                () -> transaction.execute(status -> {
                    var link = links.findByTokenHash(hash);
                    var closed = closedReason(link);
                    if (closed.isPresent()) {
                        return new ConsentFormPage.Closed(closed.get());
                    }
                    var pupil = pupils.findById(link.get().getPupilId()).orElseThrow();
                    return new ConsentFormPage.Open(schoolName(), pupil.getFirstName(), purposes.activeForForm());
                }));
    }

    /**
     * Records the parent's answers for every purpose, each with source "online form" and the parent's
     * name, uses up the link, and e-mails a confirmation with a new link to change the answers.
     * Public: the token is the permission.
     *
     * @throws ConsentFormRefused when a purpose is unanswered, the name is missing or parental
     *                            responsibility is not stated; nothing is recorded then
     */
    @PreAuthorize("permitAll()")
    public ConsentFormPage answer(String token, String clientAddress, ConsentFormAnswers answers) {
        var hash = ConsentFormTokens.hash(token == null ? "" : token);
        if (!attempts.allow(clientAddress, hash)) {
            return new ConsentFormPage.Closed(ConsentFormPage.Reason.TOO_MANY_ATTEMPTS);
        }
        var school = schoolOf(hash);
        if (school.isEmpty()) {
            return new ConsentFormPage.Closed(ConsentFormPage.Reason.NOT_FOUND);
        }
        var active = PortalTask.runAsParentApart(school.get(), purposes::activeForForm);
        var parentName = validate(answers, active);
        return PortalTask.runAsParentApart(
                school.get(),
                () -> transaction.execute(status -> {
                    var link = links.lockByTokenHash(hash);
                    var closed = closedReason(link);
                    if (closed.isPresent()) {
                        return new ConsentFormPage.Closed(closed.get());
                    }
                    return record(link.get(), parentName, answers, active);
                }));
    }

    private ConsentFormPage record(
            ConsentFormLink link, String parentName, ConsentFormAnswers answers, List<PurposeSummary> active) {
        var pupil = pupils.findById(link.getPupilId()).orElseThrow();
        var now = clock.instant();
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var recorded = new ArrayList<ConsentFormPage.Answer>();
        for (var purpose : active) {
            boolean consent = answers.answers().get(purpose.code());
            var decision = new ConsentRecorder.Decision(
                    purpose.code(), consent, ConsentSource.ONLINE_FORM, today, null, parentName, "Online consent form");
            recorder.record(pupil, decision, now);
            recorded.add(
                    new ConsentFormPage.Answer(purpose.name(), consent, consent ? recorder.expiryOf(decision) : null));
        }
        link.used(parentName, now);
        links.save(link);
        var change = links.save(new ConsentFormLink(
                pupil.getId(),
                link.getAddress(),
                ConsentFormLink.CHANGE,
                SignedInStaff.currentAuthor().username(),
                now));
        var schoolName = schoolName();
        notices.toAddress(
                recipient(change),
                link.getAddress(),
                confirmation(schoolName, pupil.getFirstName(), parentName, recorded, change));
        return new ConsentFormPage.Recorded(schoolName, pupil.getFirstName(), parentName, recorded);
    }

    private Optional<ConsentFormPage.Reason> closedReason(Optional<ConsentFormLink> link) {
        if (link.isEmpty()) {
            return Optional.of(ConsentFormPage.Reason.NOT_FOUND);
        }
        if (link.get().isUsed()) {
            return Optional.of(ConsentFormPage.Reason.USED);
        }
        if (link.get().hasExpired(clock.instant())) {
            return Optional.of(ConsentFormPage.Reason.EXPIRED);
        }
        return Optional.empty();
    }

    private static String validate(ConsentFormAnswers answers, List<PurposeSummary> active) {
        var errors = new LinkedHashMap<String, String>();
        for (var purpose : active) {
            if (!answers.answers().containsKey(purpose.code())) {
                errors.put("purpose:" + purpose.code(), "Choose yes or no.");
            }
        }
        var name = answers.parentName() == null ? "" : answers.parentName().strip();
        if (name.isEmpty()) {
            errors.put("parentName", "Enter your name.");
        } else if (name.length() > ConsentFormAnswers.MAX_NAME
                || name.chars().anyMatch(Character::isISOControl)
                || PupilNameRules.startsUnsafely(name)) {
            errors.put(
                    "parentName",
                    "Enter your name as you would sign it, in at most " + ConsentFormAnswers.MAX_NAME + " characters.");
        }
        if (!answers.parentalResponsibility()) {
            errors.put("parentalResponsibility", "Only someone with parental responsibility can answer this form.");
        }
        if (!errors.isEmpty()) {
            throw new ConsentFormRefused(errors);
        }
        return name;
    }

    private ConsentFormsSent sendToAll(List<Pupil> list) {
        var schoolName = schoolName();
        int emails = 0;
        int pupilsReached = 0;
        var without = new ArrayList<String>();
        for (var pupil : list) {
            if (pupil.getParentEmails().isEmpty()) {
                without.add(
                        pupil.getFirstName() + " " + PupilNameRules.initials(pupil.getFirstName(), pupil.getSurname()));
                continue;
            }
            emails += sendTo(pupil, schoolName);
            pupilsReached++;
        }
        return new ConsentFormsSent(pupilsReached, emails, without);
    }

    private int sendTo(Pupil pupil, String schoolName) {
        var by = SignedInStaff.currentAuthor().username();
        var now = clock.instant();
        for (var address : pupil.getParentEmails()) {
            var link = links.save(new ConsentFormLink(pupil.getId(), address, ConsentFormLink.REQUEST, by, now));
            notices.toAddress(recipient(link), address, request(schoolName, pupil.getFirstName(), link));
        }
        return pupil.getParentEmails().size();
    }

    private static String recipient(ConsentFormLink link) {
        return "parent (consent form " + link.getId() + ")";
    }

    private static Notice request(String schoolName, String firstName, ConsentFormLink link) {
        return new Notice(
                "Photo consent for " + firstName + " at " + schoolName,
                "Dear parent or carer,\n\n" + schoolName + " asks for your permission before photos of " + firstName
                        + " are used. Please answer the school's photo consent form:\n\n"
                        + SecretLinks.placeholder(
                                ConsentFormTokens.KIND, link.getId().toString())
                        + "\n\nThe link works once, for " + ConsentFormLink.VALID_FOR_DAYS + " days. If it has"
                        + " expired, ask the school office for a new one.\n\n" + schoolName,
                null);
    }

    private static Notice confirmation(
            String schoolName,
            String firstName,
            String parentName,
            List<ConsentFormPage.Answer> answers,
            ConsentFormLink change) {
        var lines = new StringBuilder();
        for (var answer : answers) {
            lines.append("- ").append(answer.purposeName()).append(": ").append(answer.consent() ? "yes" : "no");
            if (answer.expiresOn() != null) {
                lines.append(" (until ")
                        .append(SchoolTime.date(answer.expiresOn()))
                        .append(")");
            }
            lines.append('\n');
        }
        return new Notice(
                "Your photo consent answers for " + firstName,
                "Dear " + parentName + ",\n\n" + schoolName + " has recorded your answers for " + firstName + ":\n\n"
                        + lines + "\nTo change your answers, use this link (it works once, for "
                        + ConsentFormLink.VALID_FOR_DAYS + " days):\n\n"
                        + SecretLinks.placeholder(
                                ConsentFormTokens.KIND, change.getId().toString())
                        + "\n\nAfter that, ask the school office for a new link.\n\n" + schoolName,
                null);
    }

    private String schoolName() {
        return school.profile().name();
    }

    /**
     * The school whose office sent the link this token opens: looked up with no school in hand, by the
     * one way through row-level security made for it, which tells the school and nothing else.
     */
    private Optional<SchoolId> schoolOf(String tokenHash) {
        return Optional.ofNullable(PortalTask.runAsParentApart(() -> links.schoolOfToken(tokenHash)))
                .map(SchoolId::new);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }
}
