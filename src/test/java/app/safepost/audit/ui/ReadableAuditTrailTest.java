package app.safepost.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.accounts.ui.AccountsView;
import app.safepost.audit.AuditEntry;
import app.safepost.audit.AuditExplorer;
import app.safepost.audit.AuditQuery;
import app.safepost.audit.RecordType;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.pupils.ConsentDecision;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.PupilDetails;
import app.safepost.pupils.PupilRoster;
import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail in words: records as people call them (a pupil by initials for governors), fields
 * and values in words, UK dates and times, the portal's own bookkeeping behind a filter, and the
 * Accounts screen's links to each account's history.
 */
class ReadableAuditTrailTest extends ScreenTest {

    private static final Pattern UK_DATE_TIME = Pattern.compile("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");

    @Autowired
    PupilRoster roster;

    @Autowired
    ConsentRegister consents;

    @Autowired
    Notices notices;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    AuditExplorer explorer;

    @Autowired
    JdbcTemplate jdbc;

    private final List<UUID> testPupils = new ArrayList<>();

    @AfterEach
    void removeTestPupils() {
        InSchool.jesseGray(jdbc, () -> {
            for (var id : testPupils) {
                for (var table : List.of("pupil_consent", "image_consent_record")) {
                    jdbc.queryForList("select id::text from " + table + " where pupil_id = ?", String.class, id)
                            .forEach(record -> jdbc.update("delete from audit_entry where record_id = ?", record));
                    jdbc.update("delete from " + table + "_aud where pupil_id = ?", id);
                    jdbc.update("delete from " + table + " where pupil_id = ?", id);
                }
                jdbc.update("delete from pupil_aud where id = ?", id);
                jdbc.update("delete from pupil where id = ?", id);
                jdbc.update("delete from audit_entry where record_id = ?", id.toString());
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> entries() {
        return (Grid<AuditEntry>) $(Grid.class).id("audit-entries");
    }

    private List<String> column(int index) {
        var grid = test(entries());
        var cells = new ArrayList<String>();
        for (int row = 0; row < grid.size(); row++) {
            cells.add(grid.getCellText(row, index));
        }
        return cells;
    }

    private void open(String query) {
        UI.getCurrent().navigate("audit", QueryParameters.fromString(query));
    }

    private String details() {
        // Without the words only screen readers get ("before: ", "after: ").
        return $(Div.class)
                .id("audit-changes")
                .getElement()
                .getTextRecursively()
                .replace("before: ", "")
                .replace("after: ", "");
    }

    /** A pupil of the first class whose photo consent was given and then withdrawn; returns the class name. */
    private String pupilWhoseConsentWasWithdrawn(UUID[] pupil) {
        signInAs("office");
        var first = roster.records(false).getFirst();
        var record = roster.enrol(new PupilDetails("T12345678903A", "Zebedee", "Quillfeather", null, first.classId()));
        testPupils.add(record.id().value());
        consents.record(
                record.id(),
                new ConsentDecision(
                        true, ConsentSource.GDPR_FORM, LocalDate.now().minusDays(1), null));
        consents.record(record.id(), new ConsentDecision(false, ConsentSource.PARENT_REQUEST, LocalDate.now(), null));
        pupil[0] = record.id().value();
        return first.className();
    }

    private String consentRecordOf(UUID pupil) {
        return InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForObject(
                        "select id::text from pupil_consent where pupil_id = ? and purpose_code = 'class-social'",
                        String.class,
                        pupil));
    }

    @Test
    void slt_read_a_pupil_by_name_and_class_and_a_withdrawn_consent_as_yes_to_no_with_its_source_in_words() {
        var pupil = new UUID[1];
        var className = pupilWhoseConsentWasWithdrawn(pupil);
        signInAs("head");

        open("type=pupil&record=" + pupil[0]);
        assertThat(column(3)).containsOnly("Pupil Zebedee Quillfeather, " + className);
        test(entries()).select(0);
        assertThat(details()).contains("First name: ", "Zebedee", "Surname: ").doesNotContain("firstName");

        open("type=pupil-consent&record=" + consentRecordOf(pupil[0]));
        assertThat(column(3))
                .first()
                .isEqualTo("Consent of Pupil Zebedee Quillfeather, " + className + " for class-social");
        test(entries()).select(0);
        assertThat(details())
                .contains("Consent: yes → no", "Source: Paper form → Parent request")
                .doesNotContain("true", "GDPR_FORM", "PARENT_REQUEST");
    }

    @Test
    void governors_read_the_same_records_by_initials_and_never_a_pupils_name() {
        var pupil = new UUID[1];
        var className = pupilWhoseConsentWasWithdrawn(pupil);
        signInAs("governor");

        open("type=pupil&record=" + pupil[0]);
        assertThat(column(3)).containsOnly("Pupil Z.Q., " + className);
        test(entries()).select(0);
        assertThat(details()).contains("First name: ", "(hidden)").doesNotContain("Zebedee", "Quillfeather");

        open("type=pupil-consent&record=" + consentRecordOf(pupil[0]));
        assertThat(column(3))
                .allMatch(name -> name.equals("Consent of Pupil Z.Q., " + className + " for class-social"));
        test(entries()).select(0);
        assertThat(details()).contains("Consent: yes → no").doesNotContain("Zebedee", "Quillfeather");
    }

    @Test
    void times_and_dates_read_the_uk_way_in_the_list_and_in_the_changes() {
        signInAs("head");
        explorer.export(AuditQuery.ofRecord("school-profile", "none"), AuditExplorer.ExportFormat.CSV);

        open("type=audit-export&user=head");
        assertThat(column(0))
                .isNotEmpty()
                .allMatch(when -> UK_DATE_TIME.matcher(when).matches());
        test(entries()).select(0);

        assertThat(details())
                .containsPattern("Exported: \\(empty\\) → " + UK_DATE_TIME.pattern())
                .doesNotContainPattern(ISO_INSTANT);
    }

    @Test
    void the_portals_own_bookkeeping_is_listed_only_when_asked_for() {
        signInAs("head");
        notices.toStaff(List.of("head"), new Notice("Minutes of the governors' meeting", "Filed.", null));
        notices.mine().stream().filter(n -> n.isUnread()).forEach(n -> notices.markRead(n.id()));

        UI.getCurrent().navigate(AuditTrailView.class);
        var types = $(ComboBox.class).id("audit-type");
        assertThat(test(types).getSuggestionItems())
                .extracting(t -> ((RecordType) t).label())
                .contains("Pupil", "Post")
                .doesNotContain("Notice", "E-mail", "Follower sync claim");
        test($(TextField.class).id("audit-user")).setValue("head");
        assertThat(column(2)).doesNotContain("Notice", "E-mail");

        test($(Checkbox.class).id("audit-internal")).click();

        assertThat(column(2)).contains("Notice", "E-mail");
        assertThat(column(3)).contains("Notice to head: Minutes of the governors' meeting");
        assertThat(test(types).getSuggestionItems())
                .extracting(t -> ((RecordType) t).label())
                .contains("Notice", "Follower sync claim");
    }

    @Test
    void the_accounts_screen_links_each_account_to_its_own_history() {
        signInAs("head");
        UI.getCurrent().navigate(AccountsView.class);
        var grid = (Grid<?>) $(Grid.class).id("my-accounts");
        var column = grid.getColumns()
                .indexOf(grid.getColumns().stream()
                        .filter(c -> "Audit trail".equals(c.getHeaderText()))
                        .findFirst()
                        .orElseThrow());
        var links = new ArrayList<Anchor>();
        for (int row = 0; row < test(grid).size(); row++) {
            links.add(test(grid)
                    .getCellComponent(row, column)
                    .getChildren()
                    .map(Anchor.class::cast)
                    .filter(a -> a.hasClassName("account-history"))
                    .findFirst()
                    .orElseThrow());
        }
        var all = accounts.all();
        var histories = all.stream()
                .map(a -> "audit?type=account&record=" + a.id().value())
                .toList();
        assertThat(links)
                .isNotEmpty()
                .extracting(Anchor::getHref)
                .allMatch(histories::contains)
                .doesNotHaveDuplicates();

        var first = all.stream()
                .filter(a -> links.getFirst().getHref().endsWith(a.id().value().toString()))
                .findFirst()
                .orElseThrow();
        open("type=account&record=" + first.id().value());

        assertThat(test(entries()).size()).isPositive();
        assertThat(column(3)).containsOnly(first.handle());
        assertThat(column(2)).containsOnly("Social-media account");
    }
}
