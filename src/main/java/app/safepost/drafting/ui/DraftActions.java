package app.safepost.drafting.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.compliance.Verdict;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.Drafts;
import app.safepost.drafting.SubmissionRefused;
import app.safepost.drafting.UnknownPhoto;
import app.safepost.publishing.PublishedPost;
import app.safepost.school.StaffNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The editor's actions: the reason for going ahead despite warnings, save, submit and delete, what
 * went wrong, and the draft's status line.
 */
class DraftActions extends Div {

    /** What the actions need from the editor around them. */
    interface Editor {
        @Nullable
        DraftDetails draft();

        void draft(DraftDetails saved);

        AccountSummary account();

        TextArea text();

        DraftContent content();

        @Nullable
        Instant meantFor();

        void show(DraftDetails shown);

        void runChecks();
    }

    private final Drafts drafts;
    private final StaffNames names;
    private final Editor editor;
    private final TextField acknowledgement = new TextField("Why is the post fine despite the warnings?");
    private final Button save = new Button("Save draft", e -> save());
    private final Button submit = new Button("Submit for approval", e -> submit());
    private final Button delete = new Button("Delete draft", e -> confirmDelete());
    private final Paragraph submitProblem = new Paragraph();
    private final Paragraph status = new Paragraph();

    DraftActions(Drafts drafts, StaffNames names, Editor editor) {
        this.drafts = drafts;
        this.names = names;
        this.editor = editor;
        acknowledgement.setId("acknowledgement");
        acknowledgement.setWidthFull();
        acknowledgement.setMaxLength(Drafts.MAX_ACKNOWLEDGEMENT);
        acknowledgement.setManualValidation(true);
        acknowledgement.setHelperText("For example: the parents of the child named agreed to this post.");
        acknowledgement.setVisible(false);
        save.setId("save-draft");
        submit.setId("submit-draft");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submitProblem.setId("submit-problem");
        submitProblem.addClassName("verdict-block");
        submitProblem.getElement().setAttribute("role", "alert");
        submitProblem.setVisible(false);
        status.setId("draft-status");
        delete.setVisible(false);
        delete.setId("delete-draft");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var buttons = new HorizontalLayout(save, submit, delete);
        buttons.getStyle().set("flex-wrap", "wrap");
        add(acknowledgement, submitProblem, buttons, status);
        addClassName("draft-actions");
    }

    void showFor(DraftDetails shown, boolean editable, boolean submittable) {
        save.setVisible(editable);
        save.setText(shown.status().approvedNotSent() ? "Save and send back for approval" : "Save draft");
        submit.setVisible(submittable);
        delete.setVisible(shown.status().editable() && shown.author().equals(DraftEditorView.me()));
        acknowledgement.setReadOnly(!editable);
        status.setText("Status: " + statusLabel(shown) + " · version " + shown.version() + " · last changed "
                + SchoolTime.dateTime(shown.updatedAt())
                + (shown.author().equals(DraftEditorView.me()) ? "" : " · by " + names.of(shown.author()))
                + (shown.warningsAcknowledgement() == null
                        ? ""
                        : " · warnings acknowledged: " + shown.warningsAcknowledgement()));
    }

    /** A post kept in practice mode never reads as published. */
    private String statusLabel(DraftDetails shown) {
        boolean out = shown.status() == DraftStatus.PUBLISHED || shown.status() == DraftStatus.WITHDRAWN;
        return out && drafts.keptInPractice(shown.id())
                ? (shown.status() == DraftStatus.PUBLISHED
                        ? PublishedPost.PRACTICE
                        : shown.status().label() + " (" + PublishedPost.PRACTICE + ")")
                : shown.status().label();
    }

    /** Submit stays off while the checks block; warnings ask for a reason. */
    void showVerdict(@Nullable Verdict verdict, boolean submittable) {
        if (verdict == null) {
            submit.setEnabled(false);
            acknowledgement.setVisible(false);
            return;
        }
        submit.setEnabled(verdict != Verdict.BLOCK && submittable);
        acknowledgement.setVisible(verdict == Verdict.WARN);
        submitProblem.setVisible(false);
    }

    private boolean save() {
        var saved = store();
        if (saved == null) {
            return false;
        }
        editor.show(saved);
        Notices.done("Draft saved.");
        return true;
    }

    /** Saves what is on screen; the saved draft, or null with the problem shown. The screen is not redrawn. */
    private @Nullable DraftDetails store() {
        editor.text().setInvalid(false);
        var draft = editor.draft();
        try {
            var saved = draft == null
                    ? drafts.create(editor.account().id(), editor.content(), editor.meantFor())
                    : drafts.save(
                            draft.id(),
                            editor.content(),
                            draft.version(),
                            draft.status().approvedNotSent() ? draft.meantFor() : editor.meantFor());
            boolean created = draft == null;
            editor.draft(saved);
            if (created) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "post/" + saved.id()));
            }
            return saved;
        } catch (ConstraintViolationException invalid) {
            new FieldErrors().put("text", editor.text()).show(invalid);
        } catch (ObjectOptimisticLockingFailureException stale) {
            problem("Someone changed this draft since you opened it. Open it again from My drafts.");
        } catch (AccessDeniedException denied) {
            problem("You may no longer post to " + editor.account().handle() + ".");
        } catch (SubmissionRefused | UnknownPhoto refused) {
            problem(refused.getMessage());
        }
        return null;
    }

    /**
     * Saves what changed and submits. The editor is redrawn only if the submission is refused: once it
     * is sent, My drafts replaces the editor.
     */
    private void submit() {
        acknowledgement.setInvalid(false);
        boolean saved = false;
        var draft = editor.draft();
        if (draft == null
                || !draft.content().equals(editor.content())
                || !Objects.equals(draft.meantFor(), editor.meantFor())) {
            if (store() == null) {
                return;
            }
            saved = true;
            draft = editor.draft();
            Notices.done("Draft saved.");
        }
        try {
            var submitted = drafts.submit(draft.id(), draft.version(), acknowledgement.getValue());
            Notices.done("Sent to the senior leadership team for approval.");
            getUI().ifPresentOrElse(ui -> ui.navigate(MyDraftsView.class), () -> editor.show(submitted));
        } catch (SubmissionRefused refused) {
            if (saved) {
                editor.show(draft);
            }
            if (refused.reason() == SubmissionRefused.Reason.WARNINGS_NOT_ACKNOWLEDGED) {
                acknowledgement.setVisible(true);
                acknowledgement.setErrorMessage(refused.getMessage());
                acknowledgement.setInvalid(true);
                acknowledgement.focus();
            } else {
                problem(refused.getMessage());
            }
            editor.runChecks();
        } catch (ObjectOptimisticLockingFailureException stale) {
            if (saved) {
                editor.show(draft);
            }
            problem("Someone changed this draft since you opened it. Open it again from My drafts.");
        }
    }

    private void confirmDelete() {
        var draft = editor.draft();
        var confirm = new ConfirmDialog(
                "Delete this draft?",
                "The draft and the photos only it uses are deleted. The" + " audit trail keeps its versions.",
                "Delete draft",
                e -> {
                    try {
                        int photosDeleted = drafts.delete(draft.id(), draft.version());
                        Notices.done("Draft deleted"
                                + (photosDeleted == 0
                                        ? "."
                                        : ", with " + photosDeleted + (photosDeleted == 1 ? " photo." : " photos.")));
                        getUI().ifPresent(ui -> ui.navigate(MyDraftsView.class));
                    } catch (SubmissionRefused refused) {
                        problem(refused.getMessage());
                    } catch (ObjectOptimisticLockingFailureException stale) {
                        problem("Someone changed this draft since you opened it. Open it again from My drafts.");
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.open();
    }

    private void problem(String message) {
        submitProblem.setText(message);
        submitProblem.setVisible(true);
    }
}
