package app.safepost.drafting.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.ComputingLeadGuidance;
import app.safepost.accounts.PostingRight;
import app.safepost.accounts.PostingRights;
import app.safepost.compliance.ComplianceResult;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.Drafts;
import app.safepost.drafting.PostChecks;
import app.safepost.drafting.UnknownPhoto;
import app.safepost.drafting.ui.parts.MarkedText;
import app.safepost.drafting.ui.parts.PostPreview;
import app.safepost.media.MediaLibrary;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
public class DraftEditorView extends Main implements BeforeEnterObserver, DraftActions.Editor {

    static final int CHECK_DELAY_MS = 400;

    private final Drafts drafts;
    private final PostChecks checks;
    private final PostingRights rights;
    private final ComputingLeadGuidance guidance;
    private final Select<AccountSummary> account = DraftFields.account();
    private final TextArea text = DraftFields.text(CHECK_DELAY_MS);
    private final DateTimePicker meantFor = DraftFields.meantFor();
    private final MarkedText marked = new MarkedText();
    private PostPreview preview;
    private DraftChecksColumn checking;
    private final DraftVersions versions;
    private final DraftActions actions;
    private final H2 heading = new H2("Write a post");
    private final MediaLibrary media;
    private final PupilRoster roster;
    private DraftPhotos photos;
    private DraftDetails draft;

    DraftEditorView(
            Drafts drafts,
            PostChecks checks,
            PostingRights rights,
            ComputingLeadGuidance guidance,
            MediaLibrary media,
            PupilRoster roster,
            SchoolDirectory directory) {
        var names = directory.staffNames();
        this.media = media;
        this.roster = roster;
        this.drafts = drafts;
        this.checks = checks;
        this.rights = rights;
        this.guidance = guidance;
        this.versions = new DraftVersions(drafts, names);
        this.actions = new DraftActions(drafts, names, this);
        addClassName("screen");
        account.addValueChangeListener(e -> {
            if (photos != null && e.getValue() != null) {
                photos.forAccount(e.getValue());
            }
            if (checking != null) {
                checking.showGuidance(e.getValue());
            }
            runChecks();
        });
        text.addValueChangeListener(e -> runChecks());
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
        var accounts = rights.accountsOfSignedInStaff().stream()
                .map(PostingRight::account)
                .toList();
        if (draft == null && accounts.isEmpty()) {
            add(
                    heading,
                    new Paragraph("You have no account to post to. Class teachers and teaching assistants post to"
                            + " their class's account; senior leaders to every account."));
            return;
        }
        photos = new DraftPhotos(media, roster, editable(), this::runChecks);
        preview = new PostPreview(media);
        checking = new DraftChecksColumn(guidance, text, preview);
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
        var writing = new Div(account, text, new H3("Your post as the checks see it"), marked, photos, meantFor);
        writing.addClassName("draft-writing");
        // On a phone or an iPad held upright the checks come before the buttons, not after them.
        var columns = new Div(writing, checking, actions);
        columns.addClassName("draft-editor");
        add(heading, columns, versions);
    }

    @Override
    public void show(DraftDetails shown) {
        draft = shown;
        heading.setText(editable() ? "Edit your post" : "Post");
        text.setValue(shown.content().text());
        DraftFields.meantFor(meantFor, shown.meantFor());
        // Once approved, the post's own time rules: SLT move it on the calendar.
        meantFor.setVisible(!shown.status().approvedNotSent() && editable());
        photos.show(shown.content());
        text.setReadOnly(!editable());
        actions.showFor(shown, editable(), submittable());
        showResult(shown.latestCheck().result());
        if (editable() && !shown.content().photos().isEmpty()) {
            runChecks(); // the live check also says which text in the photos to offer covering
        }
        versions.show(draft);
    }

    /** The author may change a draft until it is sent; changing an approved one sends it back to review. */
    private boolean editable() {
        return draft == null
                || ((draft.status().editable() || draft.status().approvedNotSent())
                        && draft.author().equals(me()));
    }

    private boolean submittable() {
        return draft == null || (draft.status().editable() && draft.author().equals(me()));
    }

    static String me() {
        return SignedInStaff.current().orElseThrow().username();
    }

    /** What is on screen; pupils given without a photo (through the API) are kept as they were. */
    @Override
    public DraftContent content() {
        var pupils = new ArrayList<>(photos.pupilsShown());
        if (draft != null) {
            draft.content().pupilsShown().stream()
                    .filter(p -> p.mediaId() == null)
                    .forEach(pupils::add);
        }
        return new DraftContent(text.getValue(), photos.photos(), pupils);
    }

    @Override
    public @Nullable Instant meantFor() {
        return DraftFields.meantFor(meantFor);
    }

    @Override
    public void runChecks() {
        var chosen = account.getValue();
        if (chosen == null) {
            return;
        }
        var length = checks.length(chosen, text.getValue());
        DraftFields.showLength(text, length);
        checking.showPreview(chosen, photos.photos(), length);
        if (text.getValue().isBlank() || !DraftFields.withinMaximum(text)) {
            showResult(null);
            return;
        }
        try {
            var checked = checks.checkWithPhotos(chosen.id(), content());
            photos.showTextToCover(checked.textToCover());
            showResult(checked.result());
        } catch (AccessDeniedException e) {
            showResult(null);
            checking.notChecked("You may no longer post to " + chosen.handle() + ".");
        } catch (UnknownPhoto e) {
            showResult(null);
            checking.notChecked("A photo of this post is no longer available; remove it.");
        }
    }

    private void showResult(@Nullable ComplianceResult shown) {
        marked.show(text.getValue(), shown == null ? List.of() : shown.findings());
        checking.showResult(shown);
        actions.showVerdict(shown == null ? null : shown.verdict(), submittable());
    }

    @Override
    public @Nullable DraftDetails draft() {
        return draft;
    }

    @Override
    public void draft(DraftDetails saved) {
        draft = saved;
    }

    @Override
    public AccountSummary account() {
        return account.getValue();
    }

    @Override
    public TextArea text() {
        return text;
    }
}
