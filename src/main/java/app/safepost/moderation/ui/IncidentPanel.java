package app.safepost.moderation.ui;

import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.moderation.FollowerRegister;
import app.safepost.moderation.IncidentDetails;
import app.safepost.moderation.IncidentStatus;
import app.safepost.moderation.Incidents;
import app.safepost.moderation.ModerationRefused;
import app.safepost.moderation.TimelineEntry;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** One incident: what was reported, its timeline, and what the reader may do with it. */
class IncidentPanel extends Composite<Div> {

    private final IncidentDetails details;
    private final Incidents incidents;
    private final FollowerRegister register;
    private final Runnable changed;

    IncidentPanel(
            IncidentDetails details, Incidents incidents, FollowerRegister register, Clock clock, Runnable changed) {
        this.details = details;
        this.incidents = incidents;
        this.register = register;
        this.changed = changed;
        var s = details.summary();
        var content = getContent();
        content.addClassName("incident-panel");
        content.add(
                new H3(s.category().label() + " on " + s.accountHandle()),
                new Paragraph("Reported by " + s.reportedByName() + " on " + SchoolTime.dateTime(s.reportedAt())
                        + ". Status: " + s.status().label() + (s.serious() ? " (serious)" : "") + "."));
        if (details.namesMasked()) {
            var note = new Paragraph("Pupils' names are hidden and shown as [name].");
            note.setId("names-masked-note");
            content.add(note);
        }
        addReport(details);

        var staff = SignedInStaff.current().orElseThrow();
        var open = s.status() != IncidentStatus.CLOSED;
        if (staff.hasRole(Roles.SLT) && open) {
            content.add(new IncidentActionForm(details, incidents, clock, changed), blockForm(), closeForm());
        }
        if (staff.hasRole(Roles.SLT) || staff.hasRole(Roles.GOVERNOR)) {
            content.add(commentForm());
        }
    }

    /** What happened, the links, the outcome and the timeline, as the report and its handling recorded them. */
    private void addReport(IncidentDetails details) {
        var content = getContent();
        var what = new Paragraph(details.summary().whatHappened());
        what.setId("incident-what");
        what.getStyle().set("white-space", "pre-wrap");
        content.add(new H4("What happened"), what);
        if (details.links() != null) {
            var linkList = new Paragraph(details.links());
            linkList.getStyle().set("white-space", "pre-wrap");
            content.add(new H4("Links"), linkList);
        }
        if (details.outcome() != null) {
            content.add(new H4("Outcome"), new Paragraph(details.outcome()));
        }
        content.add(new H4("Timeline"), timeline(details.timeline()));
    }

    private OrderedList timeline(List<TimelineEntry> entries) {
        var list = new OrderedList();
        list.setId("incident-timeline");
        for (var entry : entries) {
            var parts = new ArrayList<String>();
            parts.add(SchoolTime.dateTime(entry.at()) + " · " + entry.kind().label() + " · " + entry.byName());
            if (entry.authority() != null) {
                parts.add(entry.authority().label() + ", " + entry.authorityContact() + ", on "
                        + SchoolTime.date(entry.escalatedOn()));
            }
            if (entry.reference() != null) {
                parts.add("Reference " + entry.reference());
            }
            if (entry.detail() != null) {
                parts.add(entry.detail());
            }
            list.add(TimelineItems.item(
                    parts,
                    entry.follower() == null ? null : "followers?follower=" + entry.follower(),
                    "in the follower register"));
        }
        return list;
    }

    private Div blockForm() {
        var handle = TextLimits.atMost(200, new TextField("Handle of the user to block"));
        handle.setId("block-handle");
        handle.setHelperText("They are added to the follower register of "
                + details.summary().accountHandle() + " if they are not there yet.");
        var evidence = new BlockEvidence();
        var errors = evidence.placedIn(new FieldErrors().put("handle", handle).put("account", handle));
        var block = new Button("Block user", e -> {
            errors.clear();
            try {
                var done = register.blockHandle(
                        details.summary().account(),
                        handle.getValue(),
                        evidence.request(null, details.summary().id()));
                Notices.done(done.followerHandle() + " blocked: "
                        + done.platformOutcome().label() + ".");
                changed.run();
            } catch (ModerationRefused refused) {
                errors.show(refused);
            }
        });
        block.setId("block-user");
        block.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var form = new FormLayout(handle);
        form.add(evidence.fields());
        return new Div(new H4("Block the user"), form, block);
    }

    private Div closeForm() {
        var outcome = TextLimits.atMost(2000, new TextArea("Outcome"));
        outcome.setId("close-outcome");
        outcome.setHelperText("How it ended: what was done and whether anything is still expected.");
        var errors = new FieldErrors().put("outcome", outcome);
        var close = new Button("Close incident", e -> {
            errors.clear();
            try {
                incidents.close(details.summary().id(), outcome.getValue());
                Notices.done("Incident closed.");
                changed.run();
            } catch (ModerationRefused refused) {
                errors.show(refused);
            }
        });
        close.setId("close-incident");
        var serious = new Button("Mark serious and tell the head", e -> {
            incidents.markSerious(details.summary().id(), null);
            Notices.done("The head teacher has been told.");
            changed.run();
        });
        serious.setId("mark-serious");
        serious.setEnabled(!details.summary().serious());
        return new Div(new H4("Close"), outcome, new Div(close, new Span(" "), serious));
    }

    private Div commentForm() {
        var comment = TextLimits.atMost(2000, new TextArea("Comment"));
        comment.setId("incident-comment");
        comment.setWidthFull();
        var errors = new FieldErrors().put("comment", comment);
        var add = new Button("Add comment", e -> {
            errors.clear();
            try {
                incidents.comment(details.summary().id(), comment.getValue());
                Notices.done("Comment added.");
                changed.run();
            } catch (ModerationRefused refused) {
                errors.show(refused);
            }
        });
        add.setId("add-comment");
        return new Div(new H4("Comment on the handling"), comment, add);
    }
}
