package app.safepost.pupils.ui;

import app.safepost.common.CsvCells;
import app.safepost.common.ui.TextLimits;
import app.safepost.pupils.ClassPupil;
import app.safepost.pupils.ConsentForms;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.PurposeSummary;
import app.safepost.pupils.domain.PupilPages;
import app.safepost.pupils.domain.RosterCsv;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The pupils a member of staff may see. The office and SLT get the full roster; teachers and TAs
 * get their own classes with full names and photo consent only.
 */
@Route("pupils")
@PageTitle("Pupils · Safepost")
@Menu(title = "Pupils", order = 20)
@RolesAllowed({Roles.OFFICE, Roles.SLT, Roles.DSL, Roles.DPO, Roles.TEACHER, Roles.TEACHING_ASSISTANT})
public class PupilsView extends Main {

    private final PupilRoster roster;
    private final ConsentPurposes purposes;
    private final Grid<PupilRecord> records = new Grid<>(PupilRecord.class, false);
    private final TextField search = TextLimits.atMost(100, new TextField("Find a pupil"));
    private final Checkbox showArchived = new Checkbox("Show archived pupils");

    PupilsView(PupilRoster roster, ConsentPurposes purposes, ConsentForms forms, SchoolDirectory directory) {
        this.roster = roster;
        this.purposes = purposes;
        addClassName("screen");
        var staff = SignedInStaff.current().orElseThrow();
        if (staff.hasRole(Roles.OFFICE)
                || staff.hasRole(Roles.SLT)
                || staff.hasRole(Roles.DSL)
                || staff.hasRole(Roles.DPO)) {
            fullRoster(staff.hasRole(Roles.OFFICE));
            if (staff.hasRole(Roles.OFFICE)) {
                add(new ConsentFormSending(forms, directory.classes()));
            }
        } else {
            classPupils();
        }
    }

    private void fullRoster(boolean office) {
        add(new H2("Pupils"));
        search.setPlaceholder("Name or UPN");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        showArchived.addValueChangeListener(e -> refresh());
        var tools = new HorizontalLayout(search, showArchived);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        if (office) {
            var addPupil = new Button("Add pupil", e -> getUI().ifPresent(ui -> ui.navigate("pupils/new")));
            addPupil.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var download = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        var csv = rosterCsv().getBytes(StandardCharsets.UTF_8);
                        return new DownloadResponse(
                                new ByteArrayInputStream(csv), "roster.csv", "text/csv", csv.length);
                    }),
                    "Download roster (CSV)");
            tools.add(addPupil, new Anchor("pupils/import", "Import roster"), download);
        }
        add(tools);
        records.setId("pupil-records");
        records.setAriaLabel("Pupils on the roster");
        records.setEmptyStateText("No pupils match.");
        records.addColumn(PupilRecord::upn).setHeader("UPN").setAutoWidth(true).setFlexGrow(0);
        records.addColumn(PupilRecord::firstName).setHeader("First name").setSortProperty(PupilPages.FIRST_NAME);
        records.addColumn(PupilRecord::surname).setHeader("Surname").setSortProperty(PupilPages.SURNAME);
        records.addColumn(p -> p.preferredName() == null ? "" : p.preferredName())
                .setHeader("Preferred name");
        records.addColumn(PupilRecord::className).setHeader("Class").setSortProperty(PupilPages.CLASS);
        records.addColumn(PupilsView::consent).setHeader("Photo consent");
        records.addColumn(p -> p.archived() ? "Archived" : "On roll").setHeader("Status");
        records.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("pupils/" + e.getItem().id())));
        records.setHeight("70vh");
        add(records);
        refresh();
    }

    /** A page at a time: the words looked for, the archived switch and the sort are the query's. */
    private void refresh() {
        var words = search.getValue();
        boolean archived = showArchived.getValue();
        records.setItemsPageable(
                page -> roster.records(archived, words, page).getContent(),
                page -> roster.recordCount(archived, words));
    }

    private static String consent(PupilRecord p) {
        return p.neverPublish() ? "May not appear in any post" : p.imageConsent() ? "Yes" : "No";
    }

    /**
     * The roster in the import format, a column per purpose (empty: not asked), every cell
     * formula-safe, so it can be corrected and re-imported.
     */
    private String rosterCsv() {
        var codes = purposes.active().stream().map(PurposeSummary::code).toList();
        var header = new ArrayList<>(
                List.of("upn", "first_name", "surname", "preferred_name", "class", "consent_recorded_on"));
        codes.forEach(code -> header.add(RosterCsv.CONSENT_PREFIX + code));
        header.add("parent_email");
        var rows = roster.records(false).stream()
                .map(p -> {
                    var row = new ArrayList<>(List.of(
                            p.upn(),
                            p.firstName(),
                            p.surname(),
                            p.preferredName() == null ? "" : p.preferredName(),
                            p.className(),
                            p.consentRecordedOn() == null
                                    ? ""
                                    : p.consentRecordedOn().toString()));
                    codes.forEach(code -> row.add(
                            p.consents().of(code) == null
                                    ? ""
                                    : p.consents().of(code).consent() ? "yes" : "no"));
                    row.add(String.join(";", p.parentEmails()));
                    return (List<String>) row;
                })
                .toList();
        return CsvCells.write(header, rows);
    }

    private void classPupils() {
        add(
                new H2("Your classes' pupils"),
                new Paragraph("The pupils of the classes you teach or support, with their photo consent."));
        var grid = new Grid<ClassPupil>(ClassPupil.class, false);
        grid.setId("class-pupils");
        grid.setAriaLabel("Pupils in your classes");
        grid.setEmptyStateText("No pupils in your classes yet.");
        grid.addColumn(ClassPupil::firstName).setHeader("First name").setSortProperty(PupilPages.FIRST_NAME);
        grid.addColumn(p -> p.preferredName() == null ? "" : p.preferredName()).setHeader("Preferred name");
        grid.addColumn(p -> p.surname() == null ? "not shown" : p.surname())
                .setHeader("Surname")
                .setSortProperty(PupilPages.SURNAME);
        grid.addColumn(ClassPupil::className).setHeader("Class").setSortProperty(PupilPages.CLASS);
        grid.addColumn(p -> p.neverPublish()
                        ? "May not appear in any post"
                        : p.imageConsent() ? "Yes" : "No — do not photograph")
                .setHeader("Photo consent");
        grid.setItemsPageable(page -> roster.classPupils(page).getContent(), page -> roster.classPupilCount());
        grid.setHeight("70vh");
        add(grid);
    }
}
