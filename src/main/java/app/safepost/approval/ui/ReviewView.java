package app.safepost.approval.ui;

import app.safepost.approval.ReviewItem;
import app.safepost.approval.ReviewQueue;
import app.safepost.approval.TripPost;
import app.safepost.approval.TripPostReviews;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.UpToDateOnEntering;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.DraftStatus;
import app.safepost.drafting.PostChecks;
import app.safepost.drafting.QueuedDraft;
import app.safepost.drafting.ui.parts.MarkedText;
import app.safepost.drafting.ui.parts.PostPreview;
import app.safepost.media.MediaLibrary;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffNames;
import app.safepost.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;

/**
 * SLT's review queue: submitted drafts oldest first; one opened shows its text with what the checks
 * find now marked, its photos as they will be published, the author, the account and any warnings the
 * author acknowledged, and the decision buttons. A second list holds posts written under a trip
 * delegation for SLT's review after the trip (P2).
 */
@Route("review/:draftId?")
@PageTitle("Review posts · Safepost")
@Menu(title = "Review posts", order = 3)
@RolesAllowed(Roles.SLT)
public class ReviewView extends Main implements UpToDateOnEntering {

    private final ReviewQueue queue;
    private final TripPostReviews tripPosts;
    private final MediaLibrary media;
    private final PostChecks checks;
    private final PupilRoster roster;
    private final Clock clock;

    private final Grid<QueuedDraft> waiting = new Grid<>();
    private final Grid<TripPost> trips = new Grid<>();
    private final Section opened = new Section();
    private final H3 waitingHeading = new H3();
    private final H3 tripsHeading = new H3();

    private final StaffNames names;

    ReviewView(
            ReviewQueue queue,
            TripPostReviews tripPosts,
            MediaLibrary media,
            PupilRoster roster,
            SchoolDirectory directory,
            PostChecks checks,
            Clock clock) {
        this.roster = roster;
        this.checks = checks;
        this.names = directory.staffNames();
        this.queue = queue;
        this.tripPosts = tripPosts;
        this.media = media;
        this.clock = clock;
        addClassName("screen");
        configureWaiting();
        configureTrips();
        // Two headed sections rather than tabs: Vaadin's tab strip fails axe's aria-required-children rule.
        add(new H2("Review posts"), opened, new Section(waitingHeading, waiting), new Section(tripsHeading, trips));
    }

    private void configureWaiting() {
        waiting.setId("review-queue");
        waiting.setAriaLabel("Posts waiting for approval, oldest first");
        waiting.setEmptyStateText("Nothing is waiting for approval.");
        // A template rendered in the browser, not a button made on the server per row: a page of the
        // queue is sent as data only.
        waiting.addColumn(LitRenderer.<QueuedDraft>of(
                                "<vaadin-button theme='tertiary-inline' @click=${open}>${item.opening}</vaadin-button>")
                        .withProperty("opening", d -> opening(d.text()))
                        .withFunction("open", d -> navigateTo(d.id())))
                .setHeader("Post")
                .setFlexGrow(3);
        waiting.addColumn(QueuedDraft::accountHandle).setHeader("Account").setAutoWidth(true);
        waiting.addColumn(d -> names.of(d.author())).setHeader("Author").setAutoWidth(true);
        waiting.addColumn(d -> d.submittedAt() == null ? "" : SchoolTime.dateTime(d.submittedAt()))
                .setHeader("Submitted")
                .setAutoWidth(true);
        waiting.setHeight("50vh");
    }

    private void configureTrips() {
        trips.setId("trip-posts");
        trips.setAriaLabel("Posts written under a trip delegation");
        trips.setEmptyStateText("No posts written under a trip delegation yet.");
        trips.addComponentColumn(t -> {
                    var open = new Button(
                            opening(t.draft().content().text()),
                            e -> navigateTo(t.draft().id()));
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    return open;
                })
                .setHeader("Post")
                .setFlexGrow(3);
        trips.addColumn(t -> names.of(t.draft().author())).setHeader("Author").setAutoWidth(true);
        trips.addColumn(TripPost::statusLabel).setHeader("Status").setAutoWidth(true);
        trips.addColumn(t -> t.draft().submittedAt() == null
                        ? ""
                        : SchoolTime.dateTime(t.draft().submittedAt()))
                .setHeader("Submitted")
                .setAutoWidth(true);
        trips.addComponentColumn(this::afterTheTrip).setHeader("After the trip").setAutoWidth(true);
        trips.setHeight("50vh");
    }

    private Component afterTheTrip(TripPost t) {
        if (t.reviewed()) {
            return new Span("Reviewed by " + names.of(t.reviewedBy()) + " on " + SchoolTime.dateTime(t.reviewedAt()));
        }
        var mark = new Button("Mark reviewed", e -> {
            tripPosts.markReviewed(t.draft().id());
            refreshLists();
        });
        mark.getElement()
                .setAttribute(
                        "aria-label",
                        "Mark reviewed: " + opening(t.draft().content().text()));
        mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return mark;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Kept when a post is opened from the queue or decided: the queue is read again each time.
        refreshLists();
        opened.removeAll();
        event.getRouteParameters()
                .get("draftId")
                .flatMap(DraftId::parse)
                .flatMap(queue::open)
                .ifPresentOrElse(this::show, () -> {
                    if (event.getRouteParameters().get("draftId").isPresent()) {
                        opened.add(new Paragraph("There is no such draft."));
                    }
                });
    }

    private void refreshLists() {
        waiting.setItemsPageable(queue::queue, page -> queue.waiting());
        waitingHeading.setText("Waiting for approval (" + queue.waiting() + ")");
        trips.setItemsPageable(page -> tripPosts.tripPosts(page).getContent(), page -> tripPosts.tripPostCount());
        tripsHeading.setText("Trip posts (" + tripPosts.toReviewCount() + " to review after the trip)");
    }

    private void show(ReviewItem shown) {
        opened.removeAll();
        opened.setId("review-item");
        var draft = shown.draft();
        opened.add(new H3("Post to " + draft.account().handle()));
        opened.add(new Paragraph("By " + names.of(draft.author())
                + (draft.submittedAt() == null ? "" : ", submitted " + SchoolTime.dateTime(draft.submittedAt())) + " · "
                + draft.status().label()
                + " · version " + draft.version()
                + (draft.delegation() == null ? "" : " · written under a trip delegation")));

        var marked = new MarkedText("The post with what the checks find now marked");
        marked.show(draft.content().text(), shown.checkedNow().findings());
        opened.add(marked);
        opened.add(new ReviewFindings(shown));
        var preview = new PostPreview(media);
        preview.show(
                draft.account(),
                draft.content().text(),
                draft.content().photos(),
                checks.length(draft.account(), draft.content().text()));
        var previewDetails =
                new Details("Preview on " + draft.account().platform().label(), preview);
        previewDetails.setOpened(true);
        opened.add(previewDetails);
        if (draft.warningsAcknowledgement() != null) {
            var ack = new Paragraph("The author acknowledged the warnings: " + draft.warningsAcknowledgement());
            ack.setId("acknowledged-warnings");
            opened.add(ack);
        }
        if (!draft.content().photos().isEmpty()) {
            opened.add(new ReviewPhotos(media, roster, draft.content(), shown.photos()));
        }
        if (!shown.decisions().isEmpty()) {
            opened.add(new EarlierDecisions(shown.decisions(), names));
        }
        if (draft.status() == DraftStatus.SUBMITTED) {
            opened.add(new ReviewDecisionForm(queue, names, clock, shown, this::done, this::refreshLists));
        }
    }

    private void done(String message) {
        Notices.done(message);
        getUI().ifPresent(ui -> ui.navigate(ReviewView.class));
    }

    private void navigateTo(DraftId id) {
        getUI().ifPresent(ui -> ui.navigate(ReviewView.class, new RouteParameters("draftId", id.toString())));
    }

    private static String opening(String text) {
        var oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }
}
