package app.safepost.notifications;

import app.safepost.audit.NamesInFreeText;
import app.safepost.notifications.domain.NoticeRecord;
import app.safepost.notifications.domain.NoticeRepository;
import app.safepost.notifications.domain.Outbox;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells staff something: each recipient gets an in-app notice and, if the staff directory has an
 * e-mail address for them, an e-mail. E-mails are queued in the same transaction and delivered by
 * {@link app.safepost.notifications.domain.Outbox}, which retries while the mail server is down, so a
 * failing mail server never undoes or blocks the change that caused the notice. Whatever the notice
 * says, a recipient who may not read pupils' names (a governor) gets it with them masked, in the app
 * and in the e-mail.
 */
@Service
public class Notices {

    private final SchoolDirectory directory;
    private final NoticeRepository notices;
    private final Outbox outbox;
    private final NamesInFreeText pupilNames;
    private final Clock clock;

    Notices(
            SchoolDirectory directory,
            NoticeRepository notices,
            Outbox outbox,
            NamesInFreeText pupilNames,
            Clock clock) {
        this.directory = directory;
        this.notices = notices;
        this.outbox = outbox;
        this.pupilNames = pupilNames;
        this.clock = clock;
    }

    /** Sends the notice to these members of staff (unknown usernames are skipped); returns how many got it. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public int toStaff(Collection<String> usernames, Notice notice) {
        var wanted = new LinkedHashMap<String, StaffSummary>();
        var staff = directory.staff();
        for (var username : usernames) {
            staff.stream()
                    .filter(s -> s.username().equals(username))
                    .findFirst()
                    .ifPresent(s -> wanted.putIfAbsent(s.username(), s));
        }
        wanted.values().forEach(member -> deliver(member, notice));
        return wanted.size();
    }

    /** Sends the notice to everyone holding this role (the head teacher counts as SLT); returns how many. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public int toRole(String role, Notice notice) {
        var members = directory.staff().stream()
                .filter(s -> Roles.effective(s.roles()).contains(role))
                .toList();
        members.forEach(member -> deliver(member, notice));
        return members.size();
    }

    /**
     * E-mails someone outside the staff (a parent) through the outbox; there is no in-app notice. The
     * body may carry {@link SecretLinks#placeholder}s, replaced by links only when it is sent.
     *
     * @param recipient who the e-mail is for in the outbox's records, never an address
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void toAddress(String recipient, String address, Notice notice) {
        outbox.queue(recipient, address, notice);
    }

    /** The signed-in person's notices, newest first. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<NoticeSummary> mine() {
        // Masked again as read: a notice kept from before a pupil joined the roster may name them.
        var mask = pupilNames.forCurrentReader();
        return notices.findByRecipientOrderByCreatedAtDesc(me()).stream()
                .map(NoticeRecord::summary)
                .map(n -> new NoticeSummary(
                        n.id(), mask.apply(n.subject()), mask.apply(n.body()), n.link(), n.createdAt(), n.readAt()))
                .toList();
    }

    /** How many of the signed-in person's notices are unread. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notices.countByRecipientAndReadAtIsNull(me());
    }

    /** Marks one of the signed-in person's own notices as read; someone else's notice is left alone. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void markRead(NoticeId id) {
        notices.findById(id.value())
                .filter(n -> n.getRecipient().equals(me()))
                .ifPresent(n -> n.markRead(clock.instant()));
    }

    private void deliver(StaffSummary member, Notice notice) {
        var mask = pupilNames.forRoles(member.roles());
        var told = new Notice(
                fit(mask.apply(notice.subject()), SUBJECT), fit(mask.apply(notice.body()), BODY), notice.link());
        notices.save(new NoticeRecord(member.username(), told.subject(), told.body(), told.link(), clock.instant()));
        if (member.email() != null && !member.email().isBlank()) {
            outbox.queue(member.username(), member.email(), told);
        }
    }

    private static final int SUBJECT = 200;
    private static final int BODY = 2000;

    /** A masked text may be longer than the one written ("Al" becomes "[name]"): cut to what a notice holds. */
    private static String fit(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "\u2026";
    }

    private static String me() {
        return SignedInStaff.current().orElseThrow().username();
    }
}
