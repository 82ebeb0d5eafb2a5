package app.safepost.audit.ui;

import app.safepost.audit.AuditEntry;
import app.safepost.audit.AuditExplorer;
import app.safepost.audit.AuditPage;
import app.safepost.audit.AuditQuery;
import app.safepost.audit.ChangeType;
import app.safepost.audit.RecordType;
import app.safepost.audit.domain.ExportDocuments;
import app.safepost.common.SchoolTime;
import app.safepost.common.ui.SchoolTimeFields;
import app.safepost.common.ui.TextLimits;
import app.safepost.security.Roles;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail of the whole portal: who changed which record, when, and how. Filters by date,
 * person, record type, record and kind of change; pages of 50 from the database, newest first; a
 * selected entry shows each field before and after in words, long texts as a word diff. Records read
 * as people call them; the portal's own bookkeeping is listed only when asked for. {@code audit?type=
 * pupil&record=<id>} opens one record's history (the "history" links on record screens).
 */
@Route("audit")
@PageTitle("Audit trail · Safepost")
@Menu(title = "Audit trail", order = 85)
@RolesAllowed({Roles.SLT, Roles.GOVERNOR, Roles.TRUST_LEADER, Roles.TRUST_DPO})
public class AuditTrailView extends Main implements BeforeEnterObserver {

    static final int PAGE_SIZE = 50;

    private final AuditExplorer explorer;
    private final DatePicker from = SchoolTimeFields.date("From");
    private final DatePicker to = SchoolTimeFields.date("To");
    private final TextField user = TextLimits.atMost(120, new TextField("User"));
    private final ComboBox<RecordType> type = new ComboBox<>("Record type");
    private final TextField record = TextLimits.atMost(200, new TextField("Record"));
    private final Select<Optional<ChangeType>> change = new Select<>();
    private final Grid<AuditEntry> entries = new Grid<>(AuditEntry.class, false);
    private final AuditPager pager = new AuditPager(this::show);
    private final Checkbox internal = new Checkbox("Include the portal's own bookkeeping (notices, e-mails, follower"
            + " sync claims, live-publishing switches)");
    private final AuditChangeDetails changes;
    /** What people call the records of the page shown. */
    private Map<AuditEntry, String> recordNames = Map.of();

    private boolean loading;

    AuditTrailView(AuditExplorer explorer) {
        this.explorer = explorer;
        this.changes = new AuditChangeDetails(explorer);
        addClassName("screen");
        add(new H2("Audit trail"));
        add(filters());
        add(new AuditExportLinks(explorer, this::query));
        setUpEntries();
        add(entries, pager);

        add(changes);
    }

    /** The filters; each change shows the first page again, except while a link's filters are being set. */
    private HorizontalLayout filters() {
        from.setId("audit-from");
        to.setId("audit-to");
        user.setId("audit-user");
        user.setHelperText("Username, e.g. deputy or system");
        user.setClearButtonVisible(true);
        type.setId("audit-type");
        offerTypes();
        type.setItemLabelGenerator(RecordType::label);
        type.setClearButtonVisible(true);
        record.setId("audit-record");
        record.setClearButtonVisible(true);
        record.setHelperText("Filled in by a record's History link; its id is under Record id in the exports");
        internal.setId("audit-internal");
        internal.addValueChangeListener(e -> offerTypes());
        change.setId("audit-change");
        change.setLabel("Change");
        change.setItems(
                Optional.empty(),
                Optional.of(ChangeType.ADDED),
                Optional.of(ChangeType.MODIFIED),
                Optional.of(ChangeType.DELETED));
        change.setItemLabelGenerator(c -> c.map(AuditTrailView::changeLabel).orElse("Any"));
        change.setValue(Optional.empty());
        for (var field : new HasValue<?, ?>[] {from, to, user, type, record, change, internal}) {
            field.addValueChangeListener(e -> {
                if (!loading) {
                    pager.showFirst();
                }
            });
        }
        var filters = new HorizontalLayout(from, to, user, type, record, change, internal);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private void setUpEntries() {
        entries.setId("audit-entries");
        entries.setAriaLabel("Changes in the audit trail, newest first");
        entries.addColumn(e -> SchoolTime.dateTime(e.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        entries.addColumn(AuditEntry::by).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(e -> e.type().label()).setHeader("Record type").setAutoWidth(true);
        entries.addColumn(e -> recordNames.getOrDefault(e, e.type().label()))
                .setHeader("Record")
                .setAutoWidth(true);
        entries.addColumn(e -> changeLabel(e.change()))
                .setHeader("Change")
                .setAutoWidth(true)
                .setFlexGrow(0);
        entries.setEmptyStateText("No changes match these filters");
        entries.setAllRowsVisible(true);
        entries.addSelectionListener(e -> showChanges(e.getFirstSelectedItem().orElse(null)));
        entries.setPartNameGenerator(e -> explorer.internal(e) ? "internal-record" : null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        loading = true;
        try {
            parameters
                    .getSingleParameter("type")
                    .flatMap(name -> explorer.recordTypes().stream()
                            .filter(t -> t.name().equals(name))
                            .findFirst())
                    .ifPresent(type::setValue);
            parameters.getSingleParameter("record").ifPresent(record::setValue);
            parameters.getSingleParameter("user").ifPresent(user::setValue);
        } finally {
            loading = false;
        }
        pager.showFirst();
    }

    /** The record types to pick from: the portal's own bookkeeping only when it is included. */
    private void offerTypes() {
        var chosen = type.getValue();
        var loadingBefore = loading;
        loading = true;
        type.setItems(explorer.recordTypes().stream()
                .filter(t -> internal.getValue() || !explorer.internal(t))
                .toList());
        if (chosen != null && (internal.getValue() || !explorer.internal(chosen))) {
            type.setValue(chosen);
        }
        loading = loadingBefore;
    }

    private AuditQuery query() {
        return new AuditQuery(
                from.getValue(),
                to.getValue(),
                blankToNull(user.getValue()),
                type.getValue() == null ? null : type.getValue().name(),
                blankToNull(record.getValue()),
                change.getValue() == null ? null : change.getValue().orElse(null),
                internal.getValue());
    }

    private boolean filtersValid() {
        to.setInvalid(false);
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage("The end date must not be before the start date.");
            to.setInvalid(true);
            return false;
        }
        return true;
    }

    private void show(@Nullable AuditEntry start) {
        if (!filtersValid()) {
            entries.setItems();
            pager.nothingShown();
            return;
        }
        AuditPage page = explorer.entries(query(), start, PAGE_SIZE);
        recordNames = explorer.recordNames(page.entries());
        entries.setItems(page.entries());
        showChanges(null);
        pager.shown(start, page.next());
    }

    private void showChanges(@Nullable AuditEntry entry) {
        changes.show(
                entry,
                entry == null
                        ? ""
                        : recordNames.getOrDefault(entry, entry.type().label()));
    }

    static String changeLabel(ChangeType type) {
        return ExportDocuments.changeWords(type);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
