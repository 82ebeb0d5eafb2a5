package app.safepost.policies.ui;

import app.safepost.common.SchoolTime;
import app.safepost.policies.Acknowledgements;
import app.safepost.policies.PolicyId;
import app.safepost.policies.PolicyLibrary;
import app.safepost.policies.PolicyReviews;
import app.safepost.policies.PolicySummary;
import app.safepost.policies.PolicyVersion;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * One policy: its standing, the text of any version with the sign-off block and a PDF, the policies it is
 * read with, the clauses P1–P17 and the features that enforce them; staff confirm it here (P8), and SLT
 * see who has not, remind them and download the list.
 */
@Route("policies/:id")
@PageTitle("Policy · Safepost")
@PermitAll
public class PolicyView extends Main implements BeforeEnterObserver {

    private final PolicyLibrary library;
    private final PolicyReviews reviews;
    private final Acknowledgements acknowledgements;
    private final Clock clock;
    private final SignedInStaff me = SignedInStaff.current().orElseThrow();
    private PolicySummary policy;

    PolicyView(PolicyLibrary library, PolicyReviews reviews, Acknowledgements acknowledgements, Clock clock) {
        this.library = library;
        this.reviews = reviews;
        this.acknowledgements = acknowledgements;
        this.clock = clock;
        addClassName("screen");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var found = library.policy(new PolicyId(id));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        policy = found.get();
        show();
    }

    private void show() {
        removeAll();
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        add(new H2(policy.title()));
        var standing = new Paragraph("Owner: " + policy.owner() + ". "
                + (policy.hasText()
                        ? "Version " + policy.version() + " in force since " + SchoolTime.date(policy.adoptedOn())
                                + ". " + "Review: " + PoliciesView.standing(policy, today) + "."
                        : "The portal does not hold this policy's text yet."));
        standing.addClassName("policy-standing");
        add(standing);
        if (me.hasRole(Roles.SLT) || me.hasRole(Roles.GOVERNOR) || Roles.inTheTrustTeam(me.roles())) {
            var history = new Anchor(library.historyLink(policy.id()), "History in the audit trail");
            history.setId("policy-history");
            add(new Paragraph(history));
        }
        if (!policy.readWith().isEmpty()) {
            var list = new UnorderedList();
            for (var title : policy.readWith()) {
                library.policyTitled(title)
                        .ifPresent(other -> list.add(new ListItem(new RouterLink(
                                other.title(),
                                PolicyView.class,
                                new RouteParameters("id", other.id().value().toString())))));
            }
            list.setId("read-with");
            add(new H3("Read with"), list);
        }
        if (!policy.hasText()) {
            return;
        }
        reviewLinks();
        add(new PolicyConfirmation(acknowledgements, policy, this::show));
        versions();
        clauses();
        if (me.hasRole(Roles.SLT)) {
            add(new PolicyAcknowledgementList(acknowledgements, policy));
        }
    }

    private void reviewLinks() {
        var review = new RouterLink(
                policy.reviewOpen() ? "Continue the review" : "Open the review",
                PolicyReviewView.class,
                new RouteParameters("id", policy.id().value().toString()));
        review.setId("review-link");
        if (me.hasRole(Roles.SLT)) {
            add(new Paragraph(review));
        } else if (me.hasRole(Roles.GOVERNOR) && policy.reviewOpen()) {
            review.setText("Read the review and comment");
            add(new Paragraph(review));
        } else if (Roles.inTheTrustTeam(me.roles()) && policy.reviewOpen()) {
            review.setText("Read the review");
            add(new Paragraph(review));
        }
    }

    private void versions() {
        var all = library.versions(policy.id());
        var choice = new Select<PolicyVersion>();
        choice.setLabel("Version");
        choice.setWidth("24rem");
        choice.setItems(all);
        choice.setItemLabelGenerator(v -> "Version " + v.number() + (v.adopted() ? " (in force)" : " (superseded)")
                + (v.adoptedOn() == null ? "" : ", adopted " + SchoolTime.date(v.adoptedOn())));
        var text = new Div();
        text.setId("policy-text");
        choice.addValueChangeListener(e -> showVersion(text, e.getValue()));
        add(new H3("Text"), choice, text);
        all.stream()
                .filter(PolicyVersion::adopted)
                .findFirst()
                .or(() -> all.stream().findFirst())
                .ifPresent(choice::setValue);
    }

    private void showVersion(Div into, PolicyVersion version) {
        into.removeAll();
        if (version == null) {
            return;
        }
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var pdf = library.pdf(version.policyId(), version.number());
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf), fileName(version), "application/pdf", pdf.length);
                }),
                "Download version " + version.number() + " (PDF)");
        download.setId("download-pdf");
        var markdown = new Markdown(version.text());
        markdown.addClassName("policy-markdown");
        into.add(new Paragraph(download), markdown, SignOffBlock.of(version));
    }

    private static String fileName(PolicyVersion version) {
        var slug = version.title()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug + "-v" + version.number() + ".pdf";
    }

    private void clauses() {
        var clauses = library.clausesOf(policy.id());
        if (clauses.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.setId("policy-clauses");
        for (var clause : clauses) {
            var item = new ListItem(new Span(clause.id() + ": " + clause.clause() + ". Enforced by: "));
            if (clause.route() != null) {
                item.add(new Anchor(clause.route(), clause.enforcedBy()));
            } else {
                item.add(new Span(clause.enforcedBy() + " (coming to the portal)"));
            }
            list.add(item);
        }
        add(new H3("Clauses and the features that enforce them"), list);
    }
}
