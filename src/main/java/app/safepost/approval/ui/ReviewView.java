package app.safepost.approval.ui;

import app.safepost.approval.DecisionRefused;
import app.safepost.approval.ReviewDecision;
import app.safepost.approval.ReviewItem;
import app.safepost.approval.ReviewQueue;
import app.safepost.approval.TripPost;
import app.safepost.approval.TripPostReviews;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.compliance.Finding;
import app.safepost.compliance.FindingWords;
import app.safepost.compliance.Severity;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.PostChecks;
import app.safepost.drafting.ui.parts.MarkedText;
import app.safepost.drafting.ui.parts.PostPreview;
import app.safepost.media.MediaLibrary;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffNames;
import app.safepost.pupils.PupilRoster;
import app.safepost.security.Roles;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

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
public class ReviewView extends Main implements BeforeEnterObserver {

    private final ReviewQueue queue;
    private final TripPostReviews tripPosts;
    private final MediaLibrary media;
    private final PostChecks checks;
    private final PupilRoster roster;
    private final Clock clock;

    private final Grid<DraftDetails> waiting = new Grid<>();
    private final Grid<TripPost> trips = new Grid<>();
    private final Section opened = new Section();
    private final H3 waitingHeading = new H3();
    private final H3 tripsHeading = new H3();

    private final TextArea comment = new TextArea("Comment for the author");
    private final TextField deviceOverride = new TextField("Reason to approve photos not from a school iPad");
    private final DatePicker publishDate = SchoolTimeFields.date("Publish on");
    private final TimePicker publishTime = SchoolTimeFields.time("At");
    private final Paragraph problem = new Paragraph();

    private ReviewItem item;
    private final StaffNames names;

    ReviewView(ReviewQueue queue, TripPostReviews tripPosts, MediaLibrary media, PupilRoster roster,
               SchoolDirectory directory, PostChecks checks, Clock clock) {
        this.roster = roster;
        this.checks = checks;
        this.names = directory.staffNames();
        this.queue = queue;
        this.tripPosts = tripPosts;
        this.media = media;
        this.clock = clock;
        getStyle().set("padding", "var(--lumo-space-l)");

        waiting.setId("review-queue");
        waiting.setAriaLabel("Posts waiting for approval, oldest first");
        waiting.setEmptyStateText("Nothing is waiting for approval.");
        // A template rendered in the browser, not a button made on the server per row: after a busy day
        // the queue holds hundreds of posts, all listed at once.
        waiting.addColumn(LitRenderer.<DraftDetails>of(
                        "<vaadin-button theme='tertiary-inline' @click=${open}>${item.opening}</vaadin-button>")
                .withProperty("opening", d -> opening(d.content().text()))
                .withFunction("open", d -> navigateTo(d.id())))
                .setHeader("Post").setFlexGrow(3);
        waiting.addColumn(d -> d.account().handle()).setHeader("Account").setAutoWidth(true);
        waiting.addColumn(d -> names.of(d.author())).setHeader("Author").setAutoWidth(true);
        waiting.addColumn(d -> d.submittedAt() == null ? "" : SchoolTime.dateTime(d.submittedAt()))
                .setHeader("Submitted").setAutoWidth(true);
        waiting.setAllRowsVisible(true);

        trips.setId("trip-posts");
        trips.setAriaLabel("Posts written under a trip delegation");
        trips.setEmptyStateText("No posts written under a trip delegation yet.");
        trips.addComponentColumn(t -> {
            var open = new Button(opening(t.draft().content().text()), e -> navigateTo(t.draft().id()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setHeader("Post").setFlexGrow(3);
        trips.addColumn(t -> names.of(t.draft().author())).setHeader("Author").setAutoWidth(true);
        trips.addColumn(TripPost::statusLabel).setHeader("Status").setAutoWidth(true);
        trips.addColumn(t -> t.draft().submittedAt() == null ? "" : SchoolTime.dateTime(t.draft().submittedAt()))
                .setHeader("Submitted").setAutoWidth(true);
        trips.addComponentColumn(t -> {
            if (t.reviewed()) {
                return new Span("Reviewed by " + names.of(t.reviewedBy()) + " on " + SchoolTime.dateTime(t.reviewedAt()));
            }
            var mark = new Button("Mark reviewed", e -> {
                tripPosts.markReviewed(t.draft().id());
                refreshLists();
            });
            mark.getElement().setAttribute("aria-label", "Mark reviewed: " + opening(t.draft().content().text()));
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return mark;
        }).setHeader("After the trip").setAutoWidth(true);
        trips.setAllRowsVisible(true);

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

        // Two headed sections rather than tabs: Vaadin's tab strip fails axe's aria-required-children rule.
        add(new H2("Review posts"), opened, new Section(waitingHeading, waiting), new Section(tripsHeading, trips));
        refreshLists();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        opened.removeAll();
        item = null;
        event.getRouteParameters().get("draftId").flatMap(DraftId::parse).flatMap(queue::open).ifPresentOrElse(
                this::show, () -> {
                    if (event.getRouteParameters().get("draftId").isPresent()) {
                        opened.add(new Paragraph("There is no such draft."));
                    }
                });
    }

    private void refreshLists() {
        var list = queue.queue();
        waiting.setItems(list);
        waitingHeading.setText("Waiting for approval (" + list.size() + ")");
        var tripList = tripPosts.tripPosts();
        trips.setItems(tripList);
        tripsHeading.setText("Trip posts (" + tripList.stream().filter(t -> !t.reviewed()).count()
                + " to review after the trip)");
    }

    private void show(ReviewItem shown) {
        item = shown;
        opened.removeAll();
        opened.setId("review-item");
        var draft = shown.draft();
        opened.add(new H3("Post to " + draft.account().handle()));
        opened.add(new Paragraph("By " + names.of(draft.author()) + (draft.submittedAt() == null ? ""
                : ", submitted " + SchoolTime.dateTime(draft.submittedAt())) + " · " + draft.status().label()
                + " · version " + draft.version() + (draft.delegation() == null ? "" : " · written under a trip delegation")));

        var marked = new MarkedText("The post with what the checks find now marked");
        marked.show(draft.content().text(), shown.checkedNow().findings());
        opened.add(marked);
        opened.add(findings(shown));
        var preview = new PostPreview(media);
        preview.show(draft.account(), draft.content().text(), draft.content().photos(),
                checks.length(draft.account(), draft.content().text()));
        var previewDetails = new Details("Preview on " + draft.account().platform().label(), preview);
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
            var history = new UnorderedList();
            shown.decisions().forEach(d -> history.add(new ListItem(outcome(d) + " by " + names.of(d.decidedBy()) + " on "
                    + SchoolTime.dateTime(d.decidedAt()) + " (version " + d.draftVersion() + ")"
                    + (d.comment() == null ? "" : ": " + d.comment()))));
            opened.add(new H4("Earlier decisions"), history);
        }
        if (draft.status() == app.safepost.drafting.DraftStatus.SUBMITTED) {
            opened.add(decisionForm(shown));
        }
    }

    private Div findings(ReviewItem shown) {
        var box = new Div();
        var result = shown.checkedNow();
        var heading = new H4(switch (result.verdict()) {
            case PASS -> "The checks, run now, find nothing";
            case WARN -> "The checks, run now, warn";
            case BLOCK -> "The checks, run now, block this post";
        });
        heading.addClassName("verdict-" + result.verdict().apiName());
        box.add(heading);
        if (!result.findings().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("findings-list");
            list.setId("review-findings");
            for (Finding finding : result.findings()) {
                var severity = new Span(finding.severity() == Severity.BLOCK ? "Blocks" : "Warning");
                severity.getElement().getThemeList().add(finding.severity() == Severity.BLOCK ? "badge error" : "badge contrast");
                var li = new ListItem(severity, new Text(" " + FindingWords.onScreen(finding)));
                li.addClassName(finding.severity() == Severity.BLOCK ? "finding-block" : "finding-warn");
                li.getElement().setAttribute("data-clause", finding.clause());
                list.add(li);
            }
            box.add(list);
        }
        return box;
    }

    private Div decisionForm(ReviewItem shown) {
        comment.clear();
        comment.setInvalid(false);
        deviceOverride.clear();
        deviceOverride.setInvalid(false);
        publishDate.clear();
        publishDate.setInvalid(false);
        publishTime.clear();
        publishTime.setInvalid(false);
        problem.setVisible(false);
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        publishDate.setMin(today);
        // Start from when the author means it to go out, while that is still to come.
        var meant = shown.draft().meantFor();
        if (meant != null && meant.isAfter(clock.instant())) {
            var local = LocalDateTime.ofInstant(meant, SchoolTime.ZONE);
            publishDate.setValue(local.toLocalDate());
            publishTime.setValue(local.toLocalTime());
        }

        var approve = new Button("Approve", e -> approve(false));
        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var schedule = new Button("Approve and schedule", e -> approve(true));
        schedule.setId("approve-and-schedule");
        var reject = new Button("Send back", e -> reject());
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.getElement().setAttribute("aria-label", "Reject: send back to the author with the comment");

        var form = new Div();
        form.addClassName("review-decision");
        form.add(new H4("Decide"));
        deviceOverride.setVisible(!shown.photosFromUnregisteredDevices().isEmpty());
        form.add(deviceOverride);
        form.add(new HorizontalLayout(approve), new HorizontalLayout(publishDate, publishTime, schedule), comment,
                new HorizontalLayout(reject), problem);
        return form;
    }

    private void approve(boolean scheduled) {
        clearProblems();
        java.time.Instant publishAt = null;
        if (scheduled) {
            if (publishDate.getValue() == null || publishTime.getValue() == null) {
                publishDate.setInvalid(publishDate.getValue() == null);
                publishDate.setErrorMessage("Choose the day.");
                publishTime.setInvalid(publishTime.getValue() == null);
                publishTime.setErrorMessage("Choose the time.");
                return;
            }
            publishAt = LocalDateTime.of(publishDate.getValue(), publishTime.getValue()).atZone(SchoolTime.ZONE)
                    .toInstant();
        }
        try {
            var draft = item.draft();
            queue.approve(draft.id(), draft.version(), publishAt, deviceOverride.getValue());
            done(publishAt == null ? "Approved: it goes out now."
                    : "Approved: it goes out on " + SchoolTime.dateTime(publishAt) + ".");
        } catch (DecisionRefused refused) {
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
        } catch (ObjectOptimisticLockingFailureException stale) {
            alreadyDecided();
        }
    }

    private void reject() {
        clearProblems();
        try {
            var draft = item.draft();
            queue.reject(draft.id(), draft.version(), comment.getValue());
            done("Sent back to " + names.of(draft.author()) + ".");
        } catch (DecisionRefused refused) {
            comment.setInvalid(true);
            comment.setErrorMessage(refused.getMessage());
        } catch (ObjectOptimisticLockingFailureException stale) {
            alreadyDecided();
        }
    }

    private void alreadyDecided() {
        showProblem("This draft was changed or already decided by someone else. Open it again from the queue.");
        refreshLists();
    }

    private void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refreshLists();
        getUI().ifPresent(ui -> ui.navigate(ReviewView.class));
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

    /** A decision in words; a move says when to. */
    private static String outcome(ReviewDecision decision) {
        return switch (decision.outcome()) {
            case "approved" -> "Approved";
            case "scheduled" -> "Approved for " + SchoolTime.dateTime(decision.publishAt());
            case "rejected" -> "Sent back";
            case "moved" -> "Moved to " + SchoolTime.dateTime(decision.publishAt());
            default -> decision.outcome();
        };
    }

    private void navigateTo(DraftId id) {
        getUI().ifPresent(ui -> ui.navigate(ReviewView.class, new RouteParameters("draftId", id.toString())));
    }

    private static String opening(String text) {
        var oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }
}
