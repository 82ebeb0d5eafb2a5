package app.safepost.policies.ui;

import app.safepost.accounts.AccountKind;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.ComputingLeadGuidance;
import app.safepost.accounts.GuidanceRules;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.common.ui.TextLimits;
import app.safepost.moderation.FollowExceptionSummary;
import app.safepost.moderation.FollowExceptions;
import app.safepost.policies.PolicyChangeRefused;
import app.safepost.policies.PolicyComment;
import app.safepost.policies.PolicyId;
import app.safepost.policies.PolicyLibrary;
import app.safepost.policies.PolicyReviews;
import app.safepost.policies.Reconfirmation;
import app.safepost.policies.ReviewDetails;
import app.safepost.policies.TrackedChange;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The review of a policy (P16): SLT edit the draft section by section and see the tracked changes and the
 * clauses they affect; SLT and governors comment in threads that SLT resolve; SLT re-confirm the accounts,
 * follow exceptions and guidance, each shown beside its box as it stands now; the head teacher signs off
 * the exact text shown.
 */
@Route("policies/:id/review")
@PageTitle("Policy review · Safepost")
@RolesAllowed({Roles.SLT, Roles.GOVERNOR, Roles.TRUST_LEADER, Roles.TRUST_DPO})
public class PolicyReviewView extends Main implements BeforeEnterObserver {

    private final PolicyLibrary library;
    private final PolicyReviews reviews;
    private final SocialAccounts accounts;
    private final FollowExceptions follows;
    private final ComputingLeadGuidance guidance;
    private final SignedInStaff me = SignedInStaff.current().orElseThrow();
    private final boolean slt = me.hasRole(Roles.SLT);
    /** The trust's team reads the review; the school's own SLT and governors discuss it. */
    private final boolean mayComment = slt || me.hasRole(Roles.GOVERNOR);
    private PolicyId policyId;
    private ReviewDetails review;

    PolicyReviewView(PolicyLibrary library, PolicyReviews reviews, SocialAccounts accounts, FollowExceptions follows,
                     ComputingLeadGuidance guidance) {
        this.library = library;
        this.reviews = reviews;
        this.accounts = accounts;
        this.follows = follows;
        this.guidance = guidance;
        getStyle().set("padding", "var(--lumo-space-l)");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            policyId = new PolicyId(UUID.fromString(event.getRouteParameters().get("id").orElse("")));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (library.policy(policyId).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        removeAll();
        var policy = library.policy(policyId).orElseThrow();
        add(new H2("Review of the " + policy.title()));
        add(new Paragraph(new RouterLink("Back to the policy", PolicyView.class,
                new RouteParameters("id", policyId.value().toString()))));
        review = reviews.openReviewOf(policyId).orElse(null);
        if (review == null) {
            if (!policy.hasText()) {
                add(new Paragraph("The portal has no text of this policy to review yet."));
            } else if (slt) {
                var open = new Button("Open the review", e -> act(() -> reviews.open(policyId)));
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                open.setId("open-review");
                add(new Paragraph("No review is open. Opening one starts a draft from version " + policy.version()
                        + "; the version in force stays in force until the head teacher signs off."), open);
            } else {
                add(new Paragraph("No review is open."));
            }
            return;
        }
        var facts = new Paragraph("Opened on " + SchoolTime.date(review.openedOn()) + ". The draft started from version "
                + review.baseVersion() + ". " + review.openComments() + " open comment"
                + (review.openComments() == 1 ? "" : "s") + ".");
        facts.setId("review-facts");
        add(facts);
        var history = new com.vaadin.flow.component.html.Anchor(reviews.historyLink(review.id()),
                "History in the audit trail");
        history.setId("review-history");
        add(new Paragraph(history));
        draft();
        trackedChanges();
        reconfirmations();
        comments();
        signOff();
    }

    private void draft() {
        add(new H3("Draft"), new DraftSections(reviews, review, slt, this::show));
    }

    private void trackedChanges() {
        var changes = reviews.trackedChanges(review.id());
        var box = new Div();
        box.setId("tracked-changes");
        long unchanged = changes.stream().filter(c -> c.kind() == TrackedChange.Kind.UNCHANGED).count();
        if (unchanged == changes.size()) {
            box.add(new Paragraph("No changes yet: the draft is the text of version " + review.baseVersion() + "."));
        }
        for (var change : changes) {
            if (change.kind() == TrackedChange.Kind.UNCHANGED) {
                continue;
            }
            var label = new Span(change.kind() == TrackedChange.Kind.ADDED ? "Added:" : "Removed:");
            label.addClassName("change-label");
            // The space as text between the two: an inline-block label would swallow one of its own.
            var line = new Div(label, new Text(" "), new Span(change.text()));
            line.addClassName(change.kind() == TrackedChange.Kind.ADDED ? "change-added" : "change-removed");
            box.add(line);
        }
        add(new H3("Tracked changes against version " + review.baseVersion()), box);
        var affected = reviews.affectedClauses(review.id());
        if (!affected.isEmpty()) {
            var list = new UnorderedList();
            list.setId("affected-clauses");
            for (var clause : affected) {
                var item = new ListItem(new Span(clause.id() + ": " + clause.clause() + ". Settings: "));
                item.add(clause.route() == null ? new Span(clause.enforcedBy() + " (coming to the portal)")
                        : new Anchor(clause.route(), clause.enforcedBy()));
                list.add(item);
            }
            add(new H4("Clauses whose wording changes, and the settings they affect"), list);
        }
    }

    private void reconfirmations() {
        add(new H3("Re-confirm"));
        add(new Paragraph("Each review also re-confirms these, as they stand today; check each one before the head"
                + " teacher signs off."));
        Map<Reconfirmation, Boolean> state = Map.of(Reconfirmation.ACCOUNTS, review.accountsConfirmed(),
                Reconfirmation.FOLLOW_EXCEPTIONS, review.followExceptionsConfirmed(),
                Reconfirmation.GUIDANCE, review.guidanceConfirmed());
        var all = accounts.all();
        for (var what : Reconfirmation.values()) {
            var box = new Checkbox(what.label() + " is still right", state.get(what));
            box.setReadOnly(!slt);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    // No redraw: the box already shows the new state, and redrawing could swallow a quick next click.
                    try {
                        review = reviews.reconfirm(review.id(), what, e.getValue());
                    } catch (PolicyChangeRefused refused) {
                        box.setValue(!e.getValue());
                        Notification.show(String.join(" ", refused.errors().values()), 5000,
                                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }
            });
            var row = new Div(box);
            row.addClassName("reconfirmation");
            switch (what) {
                case ACCOUNTS -> {
                    row.add(accountsNow(all));
                    if (slt) {
                        row.add(new Anchor("accounts", "See the accounts"));
                    }
                }
                case FOLLOW_EXCEPTIONS -> row.add(followedNow(), new Anchor("follows", "See the follow requests"));
                case GUIDANCE -> row.add(guidanceNow(all), new Anchor("guidance", "See the posting guidance"));
            }
            add(row);
        }
    }

    /** The school's accounts as they are now. */
    private Grid<AccountSummary> accountsNow(List<AccountSummary> all) {
        var grid = new Grid<>(AccountSummary.class, false);
        grid.setId("reconfirm-accounts");
        grid.setAriaLabel("The school's social-media accounts");
        grid.setEmptyStateText("The school has no social-media accounts yet.");
        grid.addColumn(AccountSummary::handle).setHeader("Account").setAutoWidth(true);
        grid.addColumn(a -> a.platform().label()).setHeader("Platform").setAutoWidth(true);
        grid.addColumn(a -> a.kind() == AccountKind.WHOLE_SCHOOL ? "Whole school"
                : a.className() == null ? "Class" : "Class: " + a.className()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(a -> a.active() ? "In use" : "Not in use").setHeader("In use").setAutoWidth(true);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The accounts followed by exception now (P9), with who asked, who approved and why, and since when. */
    private Grid<FollowExceptionSummary> followedNow() {
        var grid = new Grid<>(FollowExceptionSummary.class, false);
        grid.setId("reconfirm-follows");
        grid.setAriaLabel("Accounts the school follows by exception");
        grid.addColumn(FollowExceptionSummary::handle).setHeader("Followed account").setAutoWidth(true);
        grid.addColumn(FollowExceptionSummary::accountHandle).setHeader("Followed by").setAutoWidth(true);
        grid.addColumn(f -> f.kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(FollowExceptionSummary::requestedByName).setHeader("Asked by").setAutoWidth(true);
        grid.addColumn(f -> f.decidedByName() + ": " + f.decisionReason()).setHeader("Approved by, and why")
                .setFlexGrow(1);
        grid.addColumn(f -> SchoolTime.date(f.decidedAt().atZone(SchoolTime.ZONE).toLocalDate()))
                .setHeader("Since").setAutoWidth(true);
        grid.setItems(follows.followed());
        grid.setEmptyStateText("The school's accounts follow nobody.");
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The Computing Lead's guidance in force: the rules for all accounts, then each account's own. */
    private UnorderedList guidanceNow(List<AccountSummary> all) {
        var list = new UnorderedList();
        list.setId("reconfirm-guidance");
        list.add(new ListItem("All accounts: " + describe(guidance.rulesToRead(null))));
        for (var account : all) {
            var own = guidance.rulesToRead(account.id());
            if (own.version() >= 0 && !describe(own).equals(NO_RULES)) {
                list.add(new ListItem(account.handle() + " also: " + describe(own)));
            }
        }
        return list;
    }

    private static final String NO_RULES = "no rules.";

    private static String describe(GuidanceRules rules) {
        var parts = new ArrayList<String>();
        if (!rules.requiredHashtags().isEmpty()) {
            parts.add("required hashtags " + String.join(", ", rules.requiredHashtags()));
        }
        if (!rules.forbiddenHashtags().isEmpty()) {
            parts.add("forbidden hashtags " + String.join(", ", rules.forbiddenHashtags()));
        }
        if (!rules.forbiddenWords().isEmpty()) {
            parts.add("forbidden words " + String.join(", ", rules.forbiddenWords()));
        }
        if (!rules.allowedHandles().isEmpty()) {
            parts.add("may tag " + String.join(", ", rules.allowedHandles()));
        }
        if (rules.maxTags() != null) {
            parts.add("at most " + rules.maxTags() + " tagged accounts a post");
        }
        if (!rules.note().isBlank()) {
            parts.add("note: " + rules.note().strip());
        }
        return parts.isEmpty() ? NO_RULES : String.join("; ", parts) + ".";
    }

    private void comments() {
        add(new H3("Comments"));
        var threads = new Div();
        threads.setId("comments");
        var all = review.comments();
        for (var root : all.stream().filter(c -> c.replyTo() == null).toList()) {
            threads.add(thread(root, all.stream().filter(c -> root.id().equals(c.replyTo())).toList()));
        }
        if (all.isEmpty()) {
            threads.add(new Paragraph("No comments yet."));
        }
        add(threads);
        if (!mayComment) {
            return;
        }
        var section = new Select<String>();
        section.setLabel("Section");
        section.setItems(app.safepost.policies.domain.PolicyText.sections(review.draft()).stream()
                .filter(s -> !s.text().isBlank()).map(app.safepost.policies.domain.PolicyText.Section::title)
                .distinct().toList());
        var text = new TextArea("Comment");
        text.setWidthFull();
        text.setMaxLength(2000);
        var add = new Button("Add comment", e -> {
            section.setInvalid(false);
            text.setInvalid(false);
            try {
                reviews.comment(review.id(), section.getValue(), text.getValue());
                show();
            } catch (PolicyChangeRefused refused) {
                place(refused, Map.of("section", section, "text", text));
            }
        });
        add.setId("add-comment");
        add(new H4("Comment on a section"), section, text, add);
    }

    private Div thread(PolicyComment root, java.util.List<PolicyComment> replies) {
        var box = new Div();
        box.addClassName("comment-thread");
        box.add(new H4("On \u201c" + root.section() + "\u201d"));
        box.add(comment(root));
        replies.forEach(r -> box.add(comment(r)));
        if (root.isResolved()) {
            var resolved = new Paragraph("Resolved by " + root.resolvedByName() + " on "
                    + SchoolTime.dateTime(root.resolvedAt()) + (root.resolution() == null ? "." : ": " + root.resolution()));
            resolved.addClassName("comment-resolved");
            box.add(resolved);
            return box;
        }
        if (!mayComment) {
            return box;
        }
        var about = root.authorName() + "'s comment on " + root.section();
        var reply = TextLimits.atMost(2000, new TextField("Reply"));
        reply.setAriaLabel("Reply to " + about);
        var send = new Button("Reply", e -> {
            reply.setInvalid(false);
            try {
                reviews.reply(root.id(), reply.getValue());
                show();
            } catch (PolicyChangeRefused refused) {
                place(refused, Map.of("reply", reply));
            }
        });
        send.setAriaLabel("Send reply to " + about);
        box.add(new Div(reply, send));
        if (slt) {
            var note = TextLimits.atMost(1000, new TextField("Resolution"));
            note.setAriaLabel("How " + about + " was resolved");
            var resolve = new Button("Resolve", e -> act(() -> reviews.resolve(root.id(), note.getValue())));
            resolve.setAriaLabel("Resolve " + about);
            box.add(new Div(note, resolve));
        }
        return box;
    }

    private static Div comment(PolicyComment comment) {
        var who = new Span(comment.authorName() + ", " + SchoolTime.dateTime(comment.writtenAt()) + ": ");
        who.addClassName("comment-author");
        var line = new Div(who, new Span(comment.text()));
        line.addClassName(comment.replyTo() == null ? "comment" : "comment-reply");
        return line;
    }

    private void signOff() {
        var box = new Div();
        box.setId("sign-off");
        add(new H3("Sign-off"), box);
        if (!me.hasRole(Roles.HEAD_TEACHER)) {
            box.add(new Paragraph("The head teacher signs off the review; the draft then becomes the version in"
                    + " force."));
            return;
        }
        var hash = new Div(new Paragraph("You sign exactly the draft above, with its own head teacher signature, date"
                + " adopted and review date lines (where it has them) filled in from this sign-off."));
        var next = SchoolTimeFields.date("Next review");
        next.setValue(reviews.suggestedNextReview());
        // The fingerprint of what will be signed follows the review date chosen, which the text then names.
        next.addValueChangeListener(e -> {
            hash.getChildren().filter(Details.class::isInstance).toList().forEach(hash::remove);
            if (e.getValue() != null) {
                hash.add(SignOffBlock.fingerprint("Fingerprint of the signed text",
                        reviews.signedTextSha256(review.id(), e.getValue())));
            }
        });
        hash.add(SignOffBlock.fingerprint("Fingerprint of the signed text",
                reviews.signedTextSha256(review.id(), next.getValue())));
        next.setHelperText("A year from today unless you choose an earlier date.");
        next.setManualValidation(true);
        var reason = TextLimits.atMost(1000, new TextArea("Reason for signing with comments still open"));
        reason.setWidthFull();
        reason.setHelperText(review.openComments() == 0 ? "Not needed: every comment is resolved."
                : review.openComments() + " comment(s) still open.");
        var error = new Paragraph();
        error.setId("sign-off-error");
        error.addClassName("form-error");
        var seen = review.draftSha256();
        var sign = new Button("Sign off", e -> {
            next.setInvalid(false);
            reason.setInvalid(false);
            error.setText("");
            try {
                var version = reviews.signOff(review.id(), seen, next.getValue(), reason.getValue());
                Notification.show("Version " + version.number() + " is now in force.", 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(PolicyView.class,
                        new RouteParameters("id", policyId.value().toString())));
            } catch (PolicyChangeRefused refused) {
                var errors = new java.util.HashMap<>(refused.errors());
                Map<String, HasValidation> fields = Map.of("nextReviewDue", next, "overrideReason", reason);
                fields.forEach((field, component) -> {
                    var message = errors.remove(field);
                    if (message != null) {
                        component.setErrorMessage(message);
                        component.setInvalid(true);
                    }
                });
                errors.entrySet().stream()
                        .map(Map.Entry::getValue).reduce((a, b) -> a + " " + b).ifPresent(error::setText);
            }
        });
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setId("sign-off-button");
        box.add(hash, next, reason, error, sign);
    }

    private static void place(PolicyChangeRefused refused, Map<String, ? extends HasValidation> fields) {
        refused.errors().forEach((field, message) -> {
            var component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(message);
                component.setInvalid(true);
            } else {
                Notification.show(message, 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    private void act(Supplier<?> change) {
        try {
            change.get();
            show();
        } catch (PolicyChangeRefused refused) {
            Notification.show(String.join(" ", refused.errors().values()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
