package app.safepost.notifications;

import app.safepost.audit.TrailAnchored;
import app.safepost.audit.TrailFoundAltered;
import app.safepost.common.SchoolTime;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.SchoolProfileService;
import app.safepost.security.Roles;
import java.util.ArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends each anchor of a school's audit trail to its head teacher and chair of governors, whose
 * mailboxes keep a dated copy outside the portal; tells SLT when the check before an anchor found the
 * trail altered. The e-mails name the school and carry the anchor's signed line, nothing about pupils.
 */
@Component
class TrailAnchorNotices {

    private final Notices notices;
    private final SchoolProfileService profile;
    private final SchoolDirectory directory;

    TrailAnchorNotices(Notices notices, SchoolProfileService profile, SchoolDirectory directory) {
        this.notices = notices;
        this.profile = profile;
        this.directory = directory;
    }

    @EventListener
    void anchored(TrailAnchored anchored) {
        var school = profile.schoolName().orElse("the school");
        var recipients = new ArrayList<String>(directory.staff().stream()
                .filter(s -> s.roles().contains(Roles.HEAD_TEACHER))
                .map(s -> s.username())
                .toList());
        profile.chairOfGovernors().ifPresent(recipients::add);
        var anchor = anchored.anchor();
        notices.toStaff(
                recipients,
                new Notice(
                        "Audit trail anchor, " + SchoolTime.dateTime(anchor.anchoredAt()),
                        "The audit trail of " + school + " was checked and found"
                                + " intact, and its head was signed outside the database: link " + anchor.position()
                                + ", revision "
                                + anchor.revision() + ", made " + SchoolTime.dateTime(anchor.revisionTime()) + ", hash "
                                + anchor.hash()
                                + ".\n\nKeep this e-mail: if the trail is ever cut short or rewritten, this copy shows what it was."
                                + " The signed line, as the anchor file holds it:\n\n" + anchored.line(),
                        "audit/integrity"));
    }

    @EventListener
    void altered(TrailFoundAltered altered) {
        var school = profile.schoolName().orElse("the school");
        notices.toRole(
                Roles.SLT,
                new Notice(
                        "The audit trail of " + school + " failed its check",
                        altered.report().inWords()
                                + "\n\nNothing was anchored. Open Audit integrity to see the check, and"
                                + " ask whoever runs the portal's database what was changed.",
                        "audit/integrity"));
    }
}
