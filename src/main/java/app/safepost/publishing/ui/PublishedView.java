package app.safepost.publishing.ui;

import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.publishing.PlatformSwitch;
import app.safepost.publishing.PublishedPost;
import app.safepost.publishing.Publishing;
import app.safepost.publishing.ui.parts.TakedownDialog;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.StaffNames;
import app.safepost.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The published register (SLT): every post that went out or is on its way, with where it went, who
 * wrote and approved it, which pupils it shows, and failures. SLT take a
 * published post down with a reason, and choose per account whether posts go to the platform or the
 * sandbox.
 */
@Route("published")
@PageTitle("Published posts · Safepost")
@Menu(title = "Published posts", order = 31)
@RolesAllowed({Roles.SLT, Roles.HEAD_TEACHER})
public class PublishedView extends Main {

    private final Publishing publishing;
    private final PlatformSwitch platformSwitch;
    private final Grid<PublishedPost> grid = new Grid<>(PublishedPost.class, false);
    private final Map<String, String> pupilNames = new HashMap<>();
    private final PupilRoster roster;
    private final StaffNames names;

    PublishedView(
            Publishing publishing,
            PlatformSwitch platformSwitch,
            SocialAccounts accounts,
            PupilRoster roster,
            SchoolDirectory directory) {
        this.names = directory.staffNames();
        this.publishing = publishing;
        this.platformSwitch = platformSwitch;
        this.roster = roster;
        addClassName("screen");
        add(
                new H2("Published posts"),
                new Paragraph("Every approved post: scheduled, sent, failed or taken down. "
                        + "An account not switched to its platform is in practice mode: its posts are kept here and nothing "
                        + "leaves the school."));
        configureGrid();
        add(grid, new AccountSwitches(accounts, platformSwitch));
        refresh();
    }

    private void configureGrid() {
        grid.setId("published");
        grid.setAriaLabel("Published posts");
        grid.setEmptyStateText("No posts approved yet.");
        grid.addColumn(p -> SchoolTime.dateTime(p.publishedAt() != null ? p.publishedAt() : p.publishAt()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.handle() + " (" + platformName(p) + ")")
                .setHeader("Account")
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(p -> TakedownDialog.shortText(p.text()))
                .setHeader("Post")
                .setFlexGrow(3)
                .setWidth("14rem");
        grid.addColumn(p -> pupilsShown(p.pupilUpns()))
                .setHeader("Pupils shown")
                .setFlexGrow(1);
        grid.addColumn(p -> names.of(p.author())).setHeader("Written by").setAutoWidth(true);
        grid.addColumn(p -> names.of(p.approvedBy())).setHeader("Approved by").setAutoWidth(true);
        grid.addComponentColumn(this::where).setHeader("On the platform").setAutoWidth(true);
        // Kept in view at the right edge however many columns the screen fits, and long text wraps.
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("70vh");
    }

    /** A page at a time, with the names of that page's pupils only (by UPN, as posts record them). */
    private void refresh() {
        grid.setItemsPageable(
                page -> {
                    var posts = publishing.register(page).getContent();
                    pupilNames.clear();
                    pupilNames.putAll(roster.shownAsByUpn(
                            posts.stream().flatMap(p -> p.pupilUpns().stream()).collect(Collectors.toSet())));
                    return posts;
                },
                page -> publishing.registerCount());
    }

    private static String platformName(PublishedPost post) {
        return post.platform().label();
    }

    private String pupilsShown(List<String> upns) {
        if (upns.isEmpty()) {
            return "None";
        }
        return upns.stream()
                .map(upn -> pupilNames.getOrDefault(upn, "a pupil no longer on roll"))
                .collect(Collectors.joining(", "));
    }

    private Component status(PublishedPost post) {
        var box = new Div();
        box.add(new Span(
                switch (post.status()) {
                    case "scheduled" -> "Scheduled";
                    case "sending" -> "Sending";
                    case "published" -> post.practice() ? PublishedPost.PRACTICE : "Published";
                    case "failed" -> "Failed";
                    case "withdrawn" -> "Withdrawn";
                    case "taken-down" -> "Taken down";
                    case "unchecked" -> "Could not check: is it on " + platformName(post) + "?";
                    default -> post.status();
                }));
        if (post.checkedAt() != null) {
            box.add(new Div("checked on the platform by " + names.of(post.checkedBy()) + " on "
                    + SchoolTime.dateTime(post.checkedAt())));
        }
        if (post.takenDownAt() != null) {
            box.add(new Div("by " + names.of(post.takenDownBy()) + " on " + SchoolTime.dateTime(post.takenDownAt())
                    + ": " + post.takedownReason()));
        }
        if (post.failure() != null && !post.status().equals("published")) {
            var failure = new Div(post.failure());
            failure.getStyle().set("color", "var(--lumo-error-text-color)");
            box.add(failure);
        }
        return box;
    }

    private Component where(PublishedPost post) {
        if (post.practice()) {
            return new Span(PublishedPost.PRACTICE);
        }
        if (post.url() == null) {
            return new Span("");
        }
        var link = new Anchor(post.url(), post.platformPostId() == null ? post.url() : post.platformPostId());
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("aria-label", "Open the post on " + platformName(post) + " (new tab)");
        return link;
    }

    private Component actions(PublishedPost post) {
        if (post.status().equals("unchecked")) {
            return new UncheckedPostCheck(publishing, post, this::refresh);
        }
        if (!post.status().equals("published")) {
            return new Span("");
        }
        var takeDown = new Button("Take down", e -> new TakedownDialog(publishing, post, down -> refresh()).show());
        takeDown.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        takeDown.setAriaLabel("Take down the post to " + post.handle() + ": "
                + (post.text().length() <= 60 ? post.text() : post.text().substring(0, 59) + "…"));
        return takeDown;
    }
}
