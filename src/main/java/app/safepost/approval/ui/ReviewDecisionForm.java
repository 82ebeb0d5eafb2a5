package app.safepost.approval.ui;

import app.safepost.approval.DecisionRefused;
import app.safepost.approval.ReviewItem;
import app.safepost.approval.ReviewQueue;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.school.StaffNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The review screen's decision on the draft it shows: approve now or for a day and time, or send it
 * back with a comment; a refusal is shown next to the field it is about.
 */
class ReviewDecisionForm extends Div {

    private final ReviewQueue queue;
    private final StaffNames names;
    private final ReviewItem item;
    private final Consumer<String> done;
    private final Runnable changedElsewhere;

    private final TextArea comment = new TextArea("Comment for the author");
    private final TextField deviceOverride = new TextField("Reason to approve photos not from a school iPad");
    private final DatePicker publishDate = SchoolTimeFields.date("Publish on");
    private final TimePicker publishTime = SchoolTimeFields.time("At");
    private final Paragraph problem = new Paragraph();

    /**
     * @param done             called with what was decided, in words, once the decision is made
     * @param changedElsewhere called when someone else changed or decided the draft first
     */
    ReviewDecisionForm(
            ReviewQueue queue,
            StaffNames names,
            Clock clock,
            ReviewItem item,
            Consumer<String> done,
            Runnable changedElsewhere) {
        this.queue = queue;
        this.names = names;
        this.item = item;
        this.done = done;
        this.changedElsewhere = changedElsewhere;
        addClassName("review-decision");
        configureFields(clock);

        var approve = new Button("Approve", e -> approve(false));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var schedule = new Button("Approve and schedule", e -> approve(true));
        schedule.setId("approve-and-schedule");
        var reject = new Button("Send back", e -> reject());
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.getElement().setAttribute("aria-label", "Reject: send back to the author with the comment");

        deviceOverride.setVisible(!item.photosFromUnregisteredDevices().isEmpty());
        add(new H4("Decide"), deviceOverride);
        add(
                new HorizontalLayout(approve),
                new HorizontalLayout(publishDate, publishTime, schedule),
                comment,
                new HorizontalLayout(reject),
                problem);
    }

    private void configureFields(Clock clock) {
        comment.setId("review-comment");
        comment.setMaxLength(ReviewQueue.MAX_COMMENT);
        comment.setWidthFull();
        comment.setHelperText("Needed to send it back: say what to change. Only the author and SLT see it.");
        deviceOverride.setId("device-override");
        deviceOverride.setMaxLength(ReviewQueue.MAX_OVERRIDE_REASON);
        deviceOverride.setWidthFull();
        publishDate.setId("publish-date");
        publishDate.setHelperText("UK time");
        publishTime.setId("publish-time");
        problem.setId("decision-problem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        publishDate.setMin(LocalDate.now(clock.withZone(SchoolTime.ZONE)));
        // Start from when the author means it to go out, while that is still to come.
        var meant = item.draft().meantFor();
        if (meant != null && meant.isAfter(clock.instant())) {
            var local = LocalDateTime.ofInstant(meant, SchoolTime.ZONE);
            publishDate.setValue(local.toLocalDate());
            publishTime.setValue(local.toLocalTime());
        }
    }

    private void approve(boolean scheduled) {
        clearProblems();
        @Nullable Instant publishAt = null;
        if (scheduled) {
            if (publishDate.getValue() == null || publishTime.getValue() == null) {
                publishDate.setInvalid(publishDate.getValue() == null);
                publishDate.setErrorMessage("Choose the day.");
                publishTime.setInvalid(publishTime.getValue() == null);
                publishTime.setErrorMessage("Choose the time.");
                return;
            }
            publishAt = LocalDateTime.of(publishDate.getValue(), publishTime.getValue())
                    .atZone(SchoolTime.ZONE)
                    .toInstant();
        }
        try {
            var draft = item.draft();
            queue.approve(draft.id(), draft.version(), publishAt, deviceOverride.getValue());
            done.accept(
                    publishAt == null
                            ? "Approved: it goes out now."
                            : "Approved: it goes out on " + SchoolTime.dateTime(publishAt) + ".");
        } catch (DecisionRefused refused) {
            showRefusal(refused);
        } catch (ObjectOptimisticLockingFailureException stale) {
            alreadyDecided();
        }
    }

    private void showRefusal(DecisionRefused refused) {
        switch (refused.reason()) {
            case PUBLISH_AT_PAST -> {
                publishTime.setInvalid(true);
                publishTime.setErrorMessage(refused.getMessage());
            }
            case DEVICE_NOT_REGISTERED, TOO_LONG -> {
                deviceOverride.setVisible(true);
                deviceOverride.setInvalid(true);
                deviceOverride.setErrorMessage(refused.getMessage());
            }
            default -> showProblem(refused.getMessage());
        }
    }

    private void reject() {
        clearProblems();
        try {
            var draft = item.draft();
            queue.reject(draft.id(), draft.version(), comment.getValue());
            done.accept("Sent back to " + names.of(draft.author()) + ".");
        } catch (DecisionRefused refused) {
            comment.setInvalid(true);
            comment.setErrorMessage(refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException stale) {
            alreadyDecided();
        }
    }

    private void alreadyDecided() {
        showProblem("This draft was changed or already decided by someone else. Open it again from the queue.");
        changedElsewhere.run();
    }

    private void clearProblems() {
        problem.setVisible(false);
        comment.setInvalid(false);
        deviceOverride.setInvalid(false);
        publishDate.setInvalid(false);
        publishTime.setInvalid(false);
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
