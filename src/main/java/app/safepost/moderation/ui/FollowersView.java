package app.safepost.moderation.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.common.ui.TextLimits;
import app.safepost.media.MediaLibrary;
import app.safepost.moderation.FollowerId;
import app.safepost.moderation.FollowerRegister;
import app.safepost.moderation.FollowerStatus;
import app.safepost.moderation.FollowerSummary;
import app.safepost.moderation.ModerationRefused;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The follower register (P7): who follows each school account and their standing, synchronised from the
 * platforms (nightly, or when SLT press the button) and added by hand where a platform cannot list
 * them. Anyone signed in may flag a follower for review; SLT add followers, allow, block with evidence
 * and unblock.
 */
@Route("followers")
@PageTitle("Followers · Safepost")
@Menu(title = "Followers", order = 40)
@PermitAll
public class FollowersView extends Main implements BeforeEnterObserver {

    /** Which followers the register shows: a status, following or not ({@code null}: any). */
    enum Showing {
        ALL("Everyone", null, null),
        UNDER_REVIEW("Under review", FollowerStatus.UNDER_REVIEW, null),
        BLOCKED("Blocked", FollowerStatus.BLOCKED, null),
        NO_LONGER_FOLLOWING("No longer following", null, false);

        private final String label;
        private final @Nullable FollowerStatus status;
        private final @Nullable Boolean following;

        Showing(String label, @Nullable FollowerStatus status, @Nullable Boolean following) {
            this.label = label;
            this.status = status;
            this.following = following;
        }
    }

    private final FollowerRegister register;
    private final SocialAccounts accounts;
    private final boolean slt;
    private final Grid<FollowerSummary> grid = new Grid<>(FollowerSummary.class, false);
    private final FollowerSyncSection syncs;
    private final Select<Showing> showing = new Select<>();
    private final FollowerPanel panel;

    FollowersView(FollowerRegister register, SocialAccounts accounts, MediaLibrary media) {
        this.register = register;
        this.accounts = accounts;
        this.slt = SignedInStaff.current().orElseThrow().hasRole(Roles.SLT);
        this.panel = new FollowerPanel(register, media, slt, this::refresh);
        this.syncs = new FollowerSyncSection(register, accounts, slt, this::refresh);
        addClassName("screen");
        configureGrid();

        showing.setLabel("Show");
        showing.setId("followers-showing");
        showing.setItems(Showing.values());
        showing.setItemLabelGenerator(s -> s.label);
        showing.setValue(Showing.ALL);
        showing.addValueChangeListener(e -> refresh());

        add(
                new H2("Followers"),
                new Paragraph("The followers of the school's accounts known to the portal. Flag any"
                        + " account that worries you; senior leaders review it and may block it. Blocks are sent to the"
                        + " platform where its API allows and are recorded here either way."));
        add(syncs);
        if (slt) {
            add(addForm(accounts));
        }
        add(new H3("Register"), showing, grid, panel);
        refresh();
    }

    private void configureGrid() {
        grid.setId("followers");
        grid.setAriaLabel("Followers");
        grid.addColumn(FollowerSummary::handle).setHeader("Handle").setAutoWidth(true);
        grid.addColumn(f -> f.displayName() == null ? "" : f.displayName())
                .setHeader("Name shown")
                .setAutoWidth(true);
        grid.addColumn(FollowerSummary::accountHandle).setHeader("Follows").setAutoWidth(true);
        grid.addColumn(f -> SchoolTime.date(f.firstSeen()))
                .setHeader("First seen")
                .setAutoWidth(true);
        grid.addColumn(f -> f.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(f -> f.following() ? "Yes" : "No longer, since " + SchoolTime.date(f.leftOn()))
                .setHeader("Following")
                .setAutoWidth(true);
        grid.addComponentColumn(f -> {
                    var open = new Button("Open", e -> open(f.id()));
                    open.setAriaLabel("Open " + f.handle());
                    open.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return open;
                })
                .setHeader("")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setHeight("60vh");
        grid.setEmptyStateText("No followers recorded yet");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("follower")
                .ifPresentOrElse(
                        id -> {
                            try {
                                show(FollowerId.of(id));
                            } catch (IllegalArgumentException e) {
                                panel.removeAll();
                            }
                        },
                        panel::removeAll);
    }

    private Div addForm(SocialAccounts accounts) {
        var account = new Select<AccountSummary>();
        account.setLabel("Follows");
        account.setId("follower-account");
        account.setItems(accounts.all());
        account.setItemLabelGenerator(AccountSummary::handle);
        var handle = TextLimits.atMost(200, new TextField("Handle"));
        handle.setId("follower-handle");
        var name = TextLimits.atMost(200, new TextField("Name shown"));
        name.setId("follower-name");
        var firstSeen = SchoolTimeFields.date("First seen");
        firstSeen.setId("follower-first-seen");
        var errors = new FieldErrors()
                .put("account", account)
                .put("handle", handle)
                .put("displayName", name)
                .put("firstSeen", firstSeen);
        var add = new Button("Add follower", e -> {
            errors.clear();
            try {
                var added = register.add(
                        account.getValue() == null ? null : account.getValue().id(),
                        handle.getValue(),
                        name.getValue(),
                        firstSeen.getValue());
                Notices.done(added.handle() + " added to the register.");
                handle.clear();
                name.clear();
                refresh();
            } catch (ModerationRefused refused) {
                errors.show(refused);
            }
        });
        add.setId("add-follower");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H3("Add a follower"), new FormLayout(account, handle, name, firstSeen), add);
    }

    void show(FollowerId id) {
        panel.show(id);
    }

    private void open(FollowerId id) {
        getUI().ifPresent(ui ->
                ui.navigate(FollowersView.class, QueryParameters.simple(Map.of("follower", id.toString()))));
    }

    private void refresh() {
        var shown = showing.getValue() == null ? Showing.ALL : showing.getValue();
        grid.setItemsPageable(
                page -> register.page(shown.status, shown.following, page).getContent(),
                page -> register.count(shown.status, shown.following));
        syncs.refresh();
        currentFollower().ifPresent(this::show);
    }

    private Optional<FollowerId> currentFollower() {
        return getUI().flatMap(
                        ui -> ui.getActiveViewLocation().getQueryParameters().getSingleParameter("follower"))
                .map(FollowerId::of);
    }
}
