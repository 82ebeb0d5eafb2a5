package app.safepost.approval.ui;

import app.safepost.approval.CalendarEntry;
import app.safepost.approval.DecisionRefused;
import app.safepost.approval.ReviewQueue;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.Drafts;
import app.safepost.drafting.SubmissionRefused;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A post opened from the calendar. A scheduled post not yet tried is edited here: a new time alone moves
 * it and keeps its approval (what was approved is unchanged); its author may change the text too, which
 * sends it back for approval, meant for the new time. Anything else is shown, with where to act on it.
 */
class MoveDialog extends Dialog {

    private final CalendarEntry entry;
    private final DraftDetails draft;
    private final ReviewQueue queue;
    private final Drafts drafts;
    private final Runnable moved;
    private final TextArea text = new TextArea("Post");
    private final DatePicker day = SchoolTimeFields.date("Goes out on");
    private final TimePicker time = SchoolTimeFields.time("At");
    private final Paragraph problem = new Paragraph();

    MoveDialog(CalendarEntry entry, DraftDetails draft, ReviewQueue queue, Drafts drafts, Runnable moved) {
        this.entry = entry;
        this.draft = draft;
        this.queue = queue;
        this.drafts = drafts;
        this.moved = moved;
        setHeaderTitle("Post to " + entry.accountHandle());
        setId("calendar-post");
        setWidth("min(36rem, 100vw)");
        text.setValue(draft.content().text());
        text.setWidthFull();
        text.setReadOnly(!(entry.movable() && mine()));
        text.setMaxLength(DraftContent.MAX_TEXT);
        text.setManualValidation(true);
        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        add(new Paragraph(entry.label() + " · " + SchoolTime.dateTime(entry.at())), text);
        if (entry.movable()) {
            editable();
        } else {
            add(new Paragraph(where()));
            if (entry.kind() == CalendarEntry.Kind.WAITING && draft.status() == DraftStatus.SUBMITTED) {
                add(new Paragraph(new Anchor("review/" + draft.id(), "Open it in Review posts")));
            } else if (entry.kind() != CalendarEntry.Kind.WAITING) {
                add(new Paragraph(new Anchor("published", "Open Published posts")));
            }
            getFooter().add(new Button("Close", e -> close()));
        }
    }

    private boolean mine() {
        return SignedInStaff.current()
                .map(s -> s.username().equals(draft.author()))
                .orElse(false);
    }

    private void editable() {
        var local = LocalDateTime.ofInstant(entry.at(), SchoolTime.ZONE);
        day.setValue(local.toLocalDate());
        time.setValue(local.toLocalTime());
        day.setId("move-day");
        time.setId("move-time");
        add(
                new HorizontalLayout(day, time),
                new Paragraph(
                        mine()
                                ? "A new time keeps the approval. If you change the text, it goes back to another member of SLT for"
                                        + " approval, meant for this time."
                                : "A new time keeps the approval: the text is what was approved. Only its author may change the"
                                        + " text, in the editor, and a changed text goes back for approval."),
                problem);
        var save = new Button("Save", e -> save());
        save.setId("move-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private String where() {
        if (entry.kind() == CalendarEntry.Kind.WAITING) {
            return draft.status() == DraftStatus.SUBMITTED
                    ? "Not approved yet: open it in Review posts to decide."
                    : "Not submitted yet: it is with its author.";
        }
        return entry.kind() == CalendarEntry.Kind.SCHEDULED
                ? "It is being sent and can no longer be moved."
                : "It can no longer be moved; the Published posts screen has its details.";
    }

    private void save() {
        problem.setText("");
        day.setInvalid(false);
        time.setInvalid(false);
        if (day.getValue() == null || time.getValue() == null) {
            day.setInvalid(day.getValue() == null);
            day.setErrorMessage("Choose the day.");
            time.setInvalid(time.getValue() == null);
            time.setErrorMessage("Choose the time.");
            return;
        }
        Instant at = LocalDateTime.of(day.getValue(), time.getValue())
                .atZone(SchoolTime.ZONE)
                .toInstant();
        try {
            moveOrResubmit(at);
        } catch (DecisionRefused refused) {
            if (refused.reason() == DecisionRefused.Reason.PUBLISH_AT_PAST) {
                time.setErrorMessage(refused.getMessage());
                time.setInvalid(true);
            } else {
                problem.setText(refused.getMessage());
            }
        } catch (ConstraintViolationException invalid) {
            new FieldErrors().put("text", text).show(invalid);
        } catch (SubmissionRefused refused) {
            problem.setText(refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException stale) {
            problem.setText("Someone changed this post since you opened it. Close it and open it again.");
        }
    }

    /** An unchanged text keeps the approval; a changed one sends the post back for approval. */
    private void moveOrResubmit(Instant at) {
        if (text.getValue().equals(draft.content().text())) {
            queue.move(draft.id(), draft.version(), at);
            done("Moved: it goes out on " + SchoolTime.dateTime(at) + ", still approved.");
        } else {
            var content = new DraftContent(
                    text.getValue(), draft.content().photos(), draft.content().pupilsShown());
            drafts.save(draft.id(), content, draft.version(), at);
            done("The text changed, so the post goes back for approval, meant for " + SchoolTime.dateTime(at) + ".");
        }
    }

    private void done(String message) {
        Notices.done(message);
        close();
        moved.run();
    }
}
