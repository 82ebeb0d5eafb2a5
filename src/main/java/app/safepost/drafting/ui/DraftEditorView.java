package app.safepost.drafting.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.ComputingLeadGuidance;
import app.safepost.accounts.PostingRight;
import app.safepost.accounts.PostingRights;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.compliance.ComplianceResult;
import app.safepost.compliance.Finding;
import app.safepost.compliance.FindingWords;
import app.safepost.compliance.Severity;
import app.safepost.compliance.Verdict;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.DraftVersion;
import app.safepost.drafting.Drafts;
import app.safepost.drafting.ui.parts.MarkedText;
import app.safepost.drafting.ui.parts.PostPreview;
import app.safepost.drafting.PostChecks;
import app.safepost.drafting.SubmissionRefused;
import app.safepost.drafting.UnknownPhoto;
import app.safepost.media.MediaLibrary;
import app.safepost.publishing.PublishedPost;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffNames;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import app.safepost.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writing a post: the account, the text with a counter, and the policy checks as you type (the
 * spans marked in the text, the clause and what to do beside it, the Computing Lead's guidance).
 * Submit stays off while the checks block; warnings need a sentence saying why the post is fine.
 */
@Route("post/:draftId?")
@PageTitle("Write a post · Safepost")
@Menu(title = "Write a post", order = 1)
@RolesAllowed({Roles.TEACHER, Roles.TEACHING_ASSISTANT, Roles.SLT})
public class DraftEditorView extends Main implements BeforeEnterObserver {

    static final int CHECK_DELAY_MS = 400;

    private final Drafts drafts;
    private final PostChecks checks;
    private final PostingRights rights;
    private final ComputingLeadGuidance guidance;
    private final Select<AccountSummary> account = new Select<>();
    private final TextArea text = new TextArea("Post");
    private final DateTimePicker meantFor = SchoolTimeFields.dateTime("Meant to go out (optional)");
    private final MarkedText marked = new MarkedText();
    private final Paragraph verdict = new Paragraph();
    private final UnorderedList findings = new UnorderedList();
    private final Div guidanceNotes = new Div();
    private PostPreview preview;
    private final Details previewDetails = new Details("Preview");
    private final TextField acknowledgement = new TextField("Why is the post fine despite the warnings?");
    private final Button save = new Button("Save draft", e -> save());
    private final Button submit = new Button("Submit for approval", e -> submit());
    private final Button delete = new Button("Delete draft", e -> confirmDelete());
    private final Paragraph submitProblem = new Paragraph();
    private final Details versions = new Details("Versions");
    private final H2 heading = new H2("Write a post");
    private final Paragraph status = new Paragraph();
    private final MediaLibrary media;
    private final PupilRoster roster;
    private final StaffNames names;
    private DraftPhotos photos;
    private DraftDetails draft;

    DraftEditorView(Drafts drafts, PostChecks checks, PostingRights rights, ComputingLeadGuidance guidance,
                    MediaLibrary media, PupilRoster roster, SchoolDirectory directory) {
        this.names = directory.staffNames();
        this.media = media;
        this.roster = roster;
        this.drafts = drafts;
        this.checks = checks;
        this.rights = rights;
        this.guidance = guidance;
        getStyle().set("padding", "var(--lumo-space-l)");

        account.setLabel("Account");
        account.setItemLabelGenerator(a -> a.handle() + (a.className() == null ? " (whole school)" : " (" + a.className() + ")"));
        account.setId("account");
        account.setMinWidth("20em");
        account.addValueChangeListener(e -> {
            if (photos != null && e.getValue() != null) {
                photos.forAccount(e.getValue());
            }
            showGuidance();
            runChecks();
        });

        meantFor.setId("meant-for");
        meantFor.setWidthFull();
        meantFor.setMaxWidth("30rem");
        meantFor.setHelperText("When you would like it to go out. SLT see it on the calendar and start from it when"
                + " they approve it.");

        text.setId("post-text");
        text.setWidthFull();
        text.setMinHeight("10em");
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(CHECK_DELAY_MS);
        text.setMaxLength(DraftContent.MAX_TEXT);
        text.setManualValidation(true);
        text.addValueChangeListener(e -> runChecks());

        verdict.setId("verdict");
        verdict.getElement().setAttribute("aria-live", "polite");
        findings.addClassName("findings-list");
        findings.setId("findings");
        guidanceNotes.setId("guidance-notes");

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
        versions.setId("versions");
        versions.setVisible(false);
        status.setId("draft-status");
        delete.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("draftId");
        removeAll();
        draft = null;
        if (id.isPresent()) {
            draft = DraftId.parse(id.get()).flatMap(drafts::find).orElse(null);
            if (draft == null) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        var accounts = rights.accountsOfSignedInStaff().stream().map(PostingRight::account).toList();
        if (draft == null && accounts.isEmpty()) {
            add(heading, new Paragraph("You have no account to post to. Class teachers and teaching assistants post to"
                    + " their class's account; senior leaders to every account."));
            return;
        }
        photos = new DraftPhotos(media, roster, editable(), this::runChecks);
        preview = new PostPreview(media);
        account.setItems(draft == null ? accounts : List.of(draft.account()));
        account.setValue(draft == null ? accounts.getFirst() : draft.account());
        account.setReadOnly(draft != null);
        layOut();
        if (draft != null) {
            show(draft);
        } else {
            runChecks();
        }
    }

    private void layOut() {
        delete.setId("delete-draft");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var buttons = new HorizontalLayout(save, submit, delete);
        buttons.getStyle().set("flex-wrap", "wrap");
        var writing = new Div(account, text, new H3("Your post as the checks see it"), marked, photos, meantFor);
        writing.addClassName("draft-writing");
        previewDetails.setId("preview");
        previewDetails.add(preview);
        var checking = new Div(new H3("Policy checks"), verdict, findings, new H3("Computing Lead's guidance"),
                guidanceNotes, previewDetails);
        checking.addClassName("draft-checking");
        checking.getElement().setAttribute("role", "region");
        checking.getElement().setAttribute("aria-label", "Policy checks");
        // On a phone or an iPad held upright the checks come before the buttons, not after them.
        var actions = new Div(acknowledgement, submitProblem, buttons, status);
        actions.addClassName("draft-actions");
        var columns = new Div(writing, checking, actions);
        columns.addClassName("draft-editor");
        add(heading, columns, versions);
    }

    private void show(DraftDetails shown) {
        draft = shown;
        heading.setText(editable() ? "Edit your post" : "Post");
        text.setValue(shown.content().text());
        meantFor.setValue(shown.meantFor() == null ? null : LocalDateTime.ofInstant(shown.meantFor(), SchoolTime.ZONE));
        // Once approved, the post's own time rules: SLT move it on the calendar.
        meantFor.setVisible(!shown.status().approvedNotSent() && editable());
        photos.show(shown.content());
        text.setReadOnly(!editable());
        save.setVisible(editable());
        save.setText(shown.status().approvedNotSent() ? "Save and send back for approval" : "Save draft");
        submit.setVisible(submittable());
        delete.setVisible(shown.status().editable() && shown.author().equals(me()));
        acknowledgement.setReadOnly(!editable());
        status.setText("Status: " + statusLabel(shown) + " · version " + shown.version() + " · last changed "
                + SchoolTime.dateTime(shown.updatedAt()) + (shown.author().equals(me()) ? "" : " · by " + names.of(shown.author()))
                + (shown.warningsAcknowledgement() == null ? "" : " · warnings acknowledged: "
                + shown.warningsAcknowledgement()));
        showResult(shown.latestCheck().result());
        if (editable() && !shown.content().photos().isEmpty()) {
            runChecks(); // the live check also says which text in the photos to offer covering
        }
        showVersions();
    }

    /** A post kept in practice mode never reads as published. */
    private String statusLabel(DraftDetails shown) {
        boolean out = shown.status() == DraftStatus.PUBLISHED || shown.status() == DraftStatus.WITHDRAWN;
        return out && drafts.keptInPractice(shown.id())
                ? (shown.status() == DraftStatus.PUBLISHED ? PublishedPost.PRACTICE
                : shown.status().label() + " (" + PublishedPost.PRACTICE + ")")
                : shown.status().label();
    }

    /** The author may change a draft until it is sent; changing an approved one sends it back to review. */
    private boolean editable() {
        return draft == null || ((draft.status().editable() || draft.status().approvedNotSent())
                && draft.author().equals(me()));
    }

    private boolean submittable() {
        return draft == null || (draft.status().editable() && draft.author().equals(me()));
    }

    private static String me() {
        return SignedInStaff.current().orElseThrow().username();
    }

    /** What is on screen; pupils given without a photo (through the API) are kept as they were. */
    private DraftContent content() {
        var pupils = new java.util.ArrayList<>(photos.pupilsShown());
        if (draft != null) {
            draft.content().pupilsShown().stream().filter(p -> p.mediaId() == null).forEach(pupils::add);
        }
        return new DraftContent(text.getValue(), photos.photos(), pupils);
    }

    private @Nullable Instant meantFor() {
        return meantFor.getValue() == null ? null : meantFor.getValue().atZone(SchoolTime.ZONE).toInstant();
    }

    private void runChecks() {
        var chosen = account.getValue();
        if (chosen == null) {
            return;
        }
        var length = checks.length(chosen, text.getValue());
        text.setHelperText(length.used() + " of " + length.limit() + " characters" + (length.over() ? " – too long" : ""));
        previewDetails.setSummaryText("Preview on " + chosen.platform().label());
        preview.show(chosen, text.getValue(), photos.photos(), length);
        if (text.getValue().isBlank()) {
            showResult(null);
            return;
        }
        if (text.getValue().length() > DraftContent.MAX_TEXT) {
            // Only a tampered browser sends more than the field's maximum; say so instead of checking it.
            showResult(null);
            text.setInvalid(true);
            text.setErrorMessage("A post can be at most " + DraftContent.MAX_TEXT
                    + " characters long; no platform takes more than 500.");
            return;
        }
        if (text.isInvalid() && String.valueOf(text.getErrorMessage()).startsWith("A post can be at most")) {
            text.setInvalid(false);
        }
        try {
            var checked = checks.checkWithPhotos(chosen.id(), content());
            photos.showTextToCover(checked.textToCover());
            showResult(checked.result());
        } catch (AccessDeniedException e) {
            showResult(null);
            verdict.setText("You may no longer post to " + chosen.handle() + ".");
        } catch (UnknownPhoto e) {
            showResult(null);
            verdict.setText("A photo of this post is no longer available; remove it.");
        }
    }

    private void showResult(ComplianceResult shown) {
        findings.removeAll();
        marked.show(text.getValue(), shown == null ? List.of() : shown.findings());
        verdict.removeClassNames("verdict-block", "verdict-warn", "verdict-pass");
        if (shown == null) {
            verdict.setText("Write your post; the checks run as you type.");
            submit.setEnabled(false);
            acknowledgement.setVisible(false);
            return;
        }
        verdict.addClassName("verdict-" + shown.verdict().apiName());
        verdict.setText(switch (shown.verdict()) {
            case PASS -> "Nothing found: ready to submit.";
            case WARN -> count(shown, Severity.WARN, "warning") + ": check them; you can still submit.";
            case BLOCK -> count(shown, Severity.BLOCK, "problem") + " to fix before this can be submitted.";
        });
        for (var finding : shown.findings()) {
            findings.add(findingItem(finding));
        }
        submit.setEnabled(shown.verdict() != Verdict.BLOCK && submittable());
        acknowledgement.setVisible(shown.verdict() == Verdict.WARN);
        submitProblem.setVisible(false);
    }

    private ListItem findingItem(Finding finding) {
        var severity = new Span(finding.severity() == Severity.BLOCK ? "Blocks" : "Warning");
        severity.getElement().getThemeList().add(finding.severity() == Severity.BLOCK ? "badge error" : "badge contrast");
        var item = new ListItem(severity, new Text(" " + FindingWords.onScreen(finding)));
        item.addClassName(finding.severity() == Severity.BLOCK ? "finding-block" : "finding-warn");
        item.getElement().setAttribute("data-clause", finding.clause());
        if (finding.pointsIntoText() && finding.end() <= text.getValue().length()) {
            var show = new Button("Show in text", e -> text.getElement().executeJs(
                    "const t = this.querySelector('textarea'); t.focus(); t.setSelectionRange($0, $1);",
                    finding.start(), finding.end()));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            show.getElement().setAttribute("aria-label", "Show where in the text: " + FindingWords.onScreen(finding));
            item.add(show);
        }
        return item;
    }

    private static String count(ComplianceResult shown, Severity severity, String noun) {
        long n = shown.findings().stream().filter(f -> f.severity() == severity).count();
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void showGuidance() {
        guidanceNotes.removeAll();
        var chosen = account.getValue();
        if (chosen == null) {
            return;
        }
        var posting = guidance.guidanceFor(chosen.id());
        if (posting.notes().isEmpty()) {
            guidanceNotes.add(new Paragraph("No guidance written for this account yet."));
        }
        posting.notes().forEach(note -> guidanceNotes.add(new Paragraph(note)));
        if (!posting.requiredHashtags().isEmpty()) {
            guidanceNotes.add(new Paragraph("Hashtags to add: " + String.join(" ", posting.requiredHashtags())));
        }
        if (!posting.allowedHandles().isEmpty()) {
            guidanceNotes.add(new Paragraph("Accounts you may tag: " + String.join(" ", posting.allowedHandles())));
        }
    }

    private boolean save() {
        var saved = store();
        if (saved == null) {
            return false;
        }
        show(saved);
        Notification.show("Draft saved.", 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return true;
    }

    /** Saves what is on screen; the saved draft, or null with the problem shown. The screen is not redrawn. */
    private @Nullable DraftDetails store() {
        text.setInvalid(false);
        try {
            var saved = draft == null ? drafts.create(account.getValue().id(), content(), meantFor())
                    : drafts.save(draft.id(), content(), draft.version(),
                    draft.status().approvedNotSent() ? draft.meantFor() : meantFor());
            boolean created = draft == null;
            draft = saved;
            if (created) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "post/" + saved.id()));
            }
            return saved;
        } catch (ConstraintViolationException invalid) {
            FieldErrors.show(invalid, Map.of("text", text));
        } catch (ObjectOptimisticLockingFailureException stale) {
            problem("Someone changed this draft since you opened it. Open it again from My drafts.");
        } catch (AccessDeniedException denied) {
            problem("You may no longer post to " + account.getValue().handle() + ".");
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
        if (draft == null || !draft.content().equals(content()) || !Objects.equals(draft.meantFor(), meantFor())) {
            if (store() == null) {
                return;
            }
            saved = true;
            Notification.show("Draft saved.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        try {
            var submitted = drafts.submit(draft.id(), draft.version(), acknowledgement.getValue());
            Notification.show("Sent to the senior leadership team for approval.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresentOrElse(ui -> ui.navigate(MyDraftsView.class), () -> show(submitted));
        } catch (SubmissionRefused refused) {
            if (saved) {
                show(draft);
            }
            if (refused.reason() == SubmissionRefused.Reason.WARNINGS_NOT_ACKNOWLEDGED) {
                acknowledgement.setVisible(true);
                acknowledgement.setErrorMessage(refused.getMessage());
                acknowledgement.setInvalid(true);
                acknowledgement.focus();
            } else {
                problem(refused.getMessage());
            }
            runChecks();
        } catch (ObjectOptimisticLockingFailureException stale) {
            if (saved) {
                show(draft);
            }
            problem("Someone changed this draft since you opened it. Open it again from My drafts.");
        }
    }

    private void confirmDelete() {
        var confirm = new ConfirmDialog("Delete this draft?", "The draft and the photos only it uses are deleted. The"
                + " audit trail keeps its versions.", "Delete draft", e -> {
                    try {
                        int photosDeleted = drafts.delete(draft.id(), draft.version());
                        Notification.show("Draft deleted" + (photosDeleted == 0 ? "." : ", with " + photosDeleted
                                        + (photosDeleted == 1 ? " photo." : " photos.")), 4000,
                                Notification.Position.BOTTOM_START);
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

    private void showVersions() {
        versions.removeAll();
        if (draft == null) {
            versions.setVisible(false);
            return;
        }
        List<DraftVersion> saved = drafts.versions(draft.id());
        versions.setSummaryText("Versions (" + saved.size() + ")");
        versions.setVisible(true);
        var list = new UnorderedList();
        String before = "";
        int number = 1;
        for (var version : saved) {
            var item = new ListItem(new Paragraph("Version " + number++ + " · " + SchoolTime.dateTime(version.savedAt())
                    + " · " + names.of(version.savedBy()) + " · " + version.status().label()));
            item.add(new WordDiffView(before, version.text()));
            list.add(item);
            before = version.text();
        }
        versions.add(list);
        if (SignedInStaff.current().map(s -> s.hasRole(app.safepost.security.Roles.SLT)).orElse(false)) {
            var inTrail = new com.vaadin.flow.component.html.Anchor(drafts.historyLink(draft.id()),
                    "Open this draft's history in the audit trail");
            inTrail.setId("draft-history-link");
            versions.add(inTrail);
        }
    }

}
