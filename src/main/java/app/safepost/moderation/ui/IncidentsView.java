package app.safepost.moderation.ui;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.FieldErrors;
import app.safepost.common.ui.Notices;
import app.safepost.common.ui.TextLimits;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.media.ui.parts.PhotoUploadField;
import app.safepost.moderation.FollowerRegister;
import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.IncidentId;
import app.safepost.moderation.IncidentReport;
import app.safepost.moderation.IncidentStatus;
import app.safepost.moderation.IncidentSummary;
import app.safepost.moderation.Incidents;
import app.safepost.moderation.ModerationRefused;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Incidents (P10, P11): anyone signed in reports one here and sees their own reports; SLT see every
 * incident and handle the one opened below the list; governors read them with pupils' names masked
 * and comment.
 */
@Route("incidents")
@PageTitle("Incidents · Safepost")
@Menu(title = "Incidents", order = 42)
@PermitAll
public class IncidentsView extends Main implements BeforeEnterObserver {

    private final Incidents incidents;
    private final FollowerRegister register;
    private final Clock clock;
    private final Select<AccountSummary> account = new Select<>();
    private final Select<IncidentCategory> category = new Select<>();
    private final TextArea whatHappened = new TextArea("What happened");
    private final TextArea links = TextLimits.atMost(2000, new TextArea("Links to the content"));
    private final Checkbox serious = new Checkbox("This is serious (the head teacher is told at once)");
    private final FieldErrors errors = new FieldErrors();
    private final Grid<IncidentSummary> grid = new Grid<>(IncidentSummary.class, false);
    private final Div panel = new Div();
    private @Nullable MediaId screenshot;

    IncidentsView(
            Incidents incidents, FollowerRegister register, SocialAccounts accounts, MediaLibrary media, Clock clock) {
        this.incidents = incidents;
        this.register = register;
        this.clock = clock;
        addClassName("screen");
        var staff = SignedInStaff.current().orElseThrow();
        configureFormFields(accounts);
        var formArea = formArea(media, staff);
        var report = new Button("Report incident", e -> report());
        report.setId("report-incident");
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        panel.setId("incident-panel");

        var reads = staff.hasRole(Roles.SLT) || staff.hasRole(Roles.GOVERNOR) || Roles.inTheTrustTeam(staff.roles());
        add(
                new H2("Incidents"),
                new Paragraph("Report anything inappropriate on the school's accounts: offensive language, unsuitable"
                        + " images, copyright infringement or comments undermining the school. Senior leaders handle"
                        + " every report and record what they did."));
        if (reads) {
            // Those who handle or read incidents come for the list: the incident opened, then every incident,
            // and the report form folded away below them.
            var reportForm = new Details("Report an incident", formArea, report);
            reportForm.setId("report-an-incident");
            add(panel, new H3("All incidents"), grid, reportForm);
        } else {
            add(new H3("Report an incident"), formArea, report, new H3("Your reports"), grid, panel);
        }
        refresh();
    }

    private void configureFormFields(SocialAccounts accounts) {
        account.setLabel("Account");
        account.setId("incident-account");
        account.setItems(accounts.all());
        account.setItemLabelGenerator(AccountSummary::handle);
        category.setLabel("Category");
        category.setId("incident-category");
        category.setItems(IncidentCategory.values());
        category.setItemLabelGenerator(IncidentCategory::label);
        whatHappened.setId("incident-what-happened");
        whatHappened.setHelperText("What was posted, where and when. Write pupils' names only if you must.");
        whatHappened.setMaxLength(4000);
        links.setId("incident-links");
        links.setHelperText("Web addresses of the post or reply, one per line (optional).");
        serious.setId("incident-serious");
        errors.put("account", account)
                .put("category", category)
                .put("whatHappened", whatHappened)
                .put("links", links);
    }

    private Div formArea(MediaLibrary media, SignedInStaff staff) {
        var form = new FormLayout(account, category, whatHappened, links, serious);
        form.setColspan(whatHappened, 2);
        form.setColspan(links, 2);
        form.setColspan(serious, 2);
        var formArea = new Div(form);
        if (staff.hasRole(Roles.TEACHER) || staff.hasRole(Roles.TEACHING_ASSISTANT) || staff.hasRole(Roles.SLT)) {
            var upload = new PhotoUploadField(media);
            upload.addPhotoAcceptedListener(photo -> {
                screenshot = photo.id();
                Notices.done("Screenshot added to the report.");
            });
            formArea.add(new Paragraph("A screenshot, if you have one (it goes through the photo intake):"), upload);
        }
        return formArea;
    }

    private void configureGrid() {
        grid.setId("incidents");
        grid.setAriaLabel("Incidents");
        grid.addColumn(i -> SchoolTime.dateTime(i.reportedAt()))
                .setHeader("Reported")
                .setAutoWidth(true);
        grid.addColumn(IncidentSummary::accountHandle).setHeader("Account").setAutoWidth(true);
        grid.addColumn(i -> i.category().label()).setHeader("Category").setAutoWidth(true);
        grid.addColumn(i -> i.status().label() + (i.serious() ? " · serious" : ""))
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(IncidentSummary::reportedByName).setHeader("Reported by").setAutoWidth(true);
        grid.addComponentColumn(i -> {
                    var open = new Button("Open", e -> open(i.id()));
                    open.setAriaLabel("Open the incident reported " + SchoolTime.dateTime(i.reportedAt()));
                    open.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return open;
                })
                .setHeader("")
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setHeight("50vh");
        grid.setEmptyStateText("No incidents");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("incident")
                .ifPresentOrElse(
                        id -> {
                            try {
                                show(IncidentId.of(id));
                            } catch (IllegalArgumentException e) {
                                panel.removeAll();
                            }
                        },
                        panel::removeAll);
    }

    private void report() {
        errors.clear();
        try {
            var saved = incidents.report(new IncidentReport(
                    account.getValue() == null ? null : account.getValue().id(),
                    category.getValue(),
                    whatHappened.getValue(),
                    links.getValue(),
                    screenshot,
                    serious.getValue()));
            Notices.done("Thank you: the incident is reported to the senior leadership team.");
            whatHappened.clear();
            links.clear();
            serious.clear();
            category.clear();
            screenshot = null;
            refresh();
            open(saved.id());
        } catch (ModerationRefused refused) {
            errors.show(refused);
        }
    }

    private void open(IncidentId id) {
        getUI().ifPresent(ui ->
                ui.navigate(IncidentsView.class, QueryParameters.simple(Map.of("incident", id.toString()))));
    }

    void show(IncidentId id) {
        panel.removeAll();
        incidents
                .incident(id)
                .ifPresentOrElse(
                        details -> panel.add(new IncidentPanel(details, incidents, register, clock, () -> {
                            refresh();
                            show(id);
                        })),
                        () -> panel.add(new Paragraph("There is no such incident, or it is not yours to read.")));
    }

    private void refresh() {
        grid.setItemsPageable(page -> incidents.visible(page).getContent(), page -> incidents.visibleCount());
    }

    /** Whether the incident is still open, for callers that decide what to offer. */
    static boolean open(IncidentSummary summary) {
        return summary.status() != IncidentStatus.CLOSED;
    }
}
