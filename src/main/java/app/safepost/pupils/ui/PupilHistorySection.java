package app.safepost.pupils.ui;

import app.safepost.audit.ChangeType;
import app.safepost.audit.RecordRevision;
import app.safepost.common.SchoolTime;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.ClassSummary;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The history of one pupil's record in words, newest first, with SLT's way into the audit trail. */
class PupilHistorySection extends Div {

    static final Map<String, String> FIELD_LABELS = Map.of(
            "upn",
            "UPN",
            "firstName",
            "First name",
            "surname",
            "Surname",
            "preferredName",
            "Preferred name",
            "classId",
            "Class",
            "imageConsent",
            "Photo consent",
            "consentRecordedOn",
            "Consent recorded on",
            "consentSource",
            "Consent source",
            "archived",
            "Archived",
            "parentEmails",
            "Parents' e-mail");

    private final List<ClassSummary> classes;

    PupilHistorySection(PupilRoster roster, PupilRecord pupil, List<ClassSummary> classes) {
        this.classes = classes;
        var history = new Grid<RecordRevision>(RecordRevision.class, false);
        history.setId("pupil-history");
        history.setAriaLabel("History of this pupil's record");
        history.setEmptyStateText("No changes yet.");
        history.addColumn(r -> SchoolTime.dateTime(r.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(RecordRevision::by)
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(this::describe).setHeader("What changed").setFlexGrow(1);
        history.setItems(roster.history(pupil.id()).reversed());
        history.setAllRowsVisible(true);
        add(new H3("History"));
        if (SignedInStaff.current().map(s -> s.hasRole(Roles.SLT)).orElse(false)) {
            var inTrail = new Anchor(roster.historyLink(pupil.id()), "Open this history in the audit trail");
            inTrail.setId("pupil-history-link");
            add(inTrail);
        }
        add(history);
    }

    private String describe(RecordRevision revision) {
        if (revision.type() == ChangeType.ADDED) {
            return "Added";
        }
        return String.join(
                "; ",
                revision.changes().stream()
                        .map(c -> FIELD_LABELS.getOrDefault(c.field(), c.field()) + ": "
                                + display(c.field(), c.before()) + " → " + display(c.field(), c.after()))
                        .toList());
    }

    private String display(String field, Object value) {
        if (value == null) {
            return "(empty)";
        }
        if ("classId".equals(field)) {
            return classes.stream()
                    .filter(c -> c.id().value().equals(value))
                    .map(ClassSummary::name)
                    .findFirst()
                    .orElse("another class");
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof LocalDate d) {
            return SchoolTime.date(d);
        }
        if (value instanceof ConsentSource s) {
            return s.label();
        }
        return value.toString();
    }
}
