package app.safepost.policies.ui;

import app.safepost.accounts.ComputingLeadGuidance;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.Notices;
import app.safepost.moderation.FollowExceptions;
import app.safepost.policies.PolicyChangeRefused;
import app.safepost.policies.PolicyId;
import app.safepost.policies.PolicyLibrary;
import app.safepost.policies.PolicyReviews;
import app.safepost.policies.ReviewDetails;
import app.safepost.policies.TrackedChange;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
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

    PolicyReviewView(
            PolicyLibrary library,
            PolicyReviews reviews,
            SocialAccounts accounts,
            FollowExceptions follows,
            ComputingLeadGuidance guidance) {
        this.library = library;
        this.reviews = reviews;
        this.accounts = accounts;
        this.follows = follows;
        this.guidance = guidance;
        addClassName("screen");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            policyId = new PolicyId(
                    UUID.fromString(event.getRouteParameters().get("id").orElse("")));
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
        add(new Paragraph(new RouterLink(
                "Back to the policy",
                PolicyView.class,
                new RouteParameters("id", policyId.value().toString()))));
        review = reviews.openReviewOf(policyId).orElse(null);
        if (review == null) {
            if (!policy.hasText()) {
                add(new Paragraph("The portal has no text of this policy to review yet."));
            } else if (slt) {
                var open = new Button("Open the review", e -> changeThenShow(() -> reviews.open(policyId)));
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                open.setId("open-review");
                add(
                        new Paragraph("No review is open. Opening one starts a draft from version " + policy.version()
                                + "; the version in force stays in force until the head teacher signs off."),
                        open);
            } else {
                add(new Paragraph("No review is open."));
            }
            return;
        }
        addFacts();
        draft();
        trackedChanges();
        add(new ReconfirmationChecks(
                reviews, review, slt, accounts.all(), follows, guidance, changed -> review = changed));
        add(new ReviewComments(reviews, review, slt, mayComment, this::show));
        add(new H3("Sign-off"), new ReviewSignOff(reviews, review, policyId, me.hasRole(Roles.HEAD_TEACHER)));
    }

    private void addFacts() {
        var facts =
                new Paragraph("Opened on " + SchoolTime.date(review.openedOn()) + ". The draft started from version "
                        + review.baseVersion() + ". " + review.openComments() + " open comment"
                        + (review.openComments() == 1 ? "" : "s") + ".");
        facts.setId("review-facts");
        add(facts);
        var history = new Anchor(reviews.historyLink(review.id()), "History in the audit trail");
        history.setId("review-history");
        add(new Paragraph(history));
    }

    private void draft() {
        add(new H3("Draft"), new DraftSections(reviews, review, slt, this::show));
    }

    private void trackedChanges() {
        var changes = reviews.trackedChanges(review.id());
        var box = new Div();
        box.setId("tracked-changes");
        long unchanged = changes.stream()
                .filter(c -> c.kind() == TrackedChange.Kind.UNCHANGED)
                .count();
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
                item.add(
                        clause.route() == null
                                ? new Span(clause.enforcedBy() + " (coming to the portal)")
                                : new Anchor(clause.route(), clause.enforcedBy()));
                list.add(item);
            }
            add(new H4("Clauses whose wording changes, and the settings they affect"), list);
        }
    }

    private void changeThenShow(Supplier<?> change) {
        try {
            change.get();
            show();
        } catch (PolicyChangeRefused refused) {
            Notices.failed(String.join(" ", refused.errors().values()));
        }
    }
}
