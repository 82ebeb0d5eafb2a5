package app.safepost.pupils.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.accounts.ui.AccountsView;
import app.safepost.pupils.ClassPupil;
import app.safepost.pupils.ConsentDecision;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.NeverPublishRegister;
import app.safepost.pupils.PupilDetails;
import app.safepost.pupils.PupilId;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.PurposeSummary;
import app.safepost.pupils.RosterFixture;
import app.safepost.school.SchoolDirectory;
import app.safepost.shell.ui.HomeView;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The consent screens: the staff-room lists per purpose with pupils who may never be published first,
 * the "never publish" flag and its reason on the pupil's page (the DSL sets it, only the DSL and the
 * head read the reason), SLT's purposes and accounts' purposes, and the office's expiring consents.
 */
class ConsentScreensTest extends ScreenTest {

    private static final String REASON = "Adopted: birth family must not find her " + System.nanoTime();

    @Autowired
    PupilRoster roster;

    @Autowired
    ConsentRegister consents;

    @Autowired
    NeverPublishRegister neverPublish;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    private PupilId kacper;
    private PupilId noor;

    /** Kacper may never be published; Noor's parents said yes to the class's account only, until soon. */
    @BeforeEach
    void enrolTwoPupils() {
        signInAs(DemoUsers.OFFICE);
        var class3 = directory.classNamed("Class 3").orElseThrow().id();
        kacper = roster.enrol(new PupilDetails(RosterFixture.TEST_UPN, "Kacper", "Testing", null, class3))
                .id();
        noor = roster.enrol(new PupilDetails("T99999999998A", "Noor", "Testing", null, class3))
                .id();
        var today = LocalDate.now(clock);
        consents.record(
                noor,
                new ConsentDecision(
                        "class-social", true, ConsentSource.GDPR_FORM, today.minusDays(30), today.plusDays(10), null));
        consents.record(noor, new ConsentDecision("school-social", false, ConsentSource.GDPR_FORM, today, null, null));
        signInAs(DemoUsers.HEAD);
        neverPublish.change(kacper, true, REASON);
    }

    @AfterEach
    void removeThem() {
        signInAs(DemoUsers.HEAD);
        neverPublish.change(kacper, false, "Test over.");
        SecurityContextHolder.clearContext();
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    private String listText(String className) {
        return $(UnorderedList.class).withClassName(className).all().stream()
                .map(l -> l.getElement().getTextRecursively())
                .reduce("", String::concat);
    }

    private String screenText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void staff_room_lists_put_never_publish_first_and_follow_the_purpose_chosen() {
        signInAs(DemoUsers.TEACHER);
        navigate(ConsentOverviewView.class);

        assertThat(listText("never-publish-list")).contains("Kacper Testing");
        assertThat(listText("no-consent-list")).doesNotContain("Kacper", "Noor");
        @SuppressWarnings("unchecked")
        Select<PurposeSummary> purpose = $(Select.class).id("consent-purpose");
        assertThat(purpose.getValue().code()).isEqualTo("class-social");

        UI.getCurrent().navigate("photo-consent", QueryParameters.of("purpose", "school-social"));
        assertThat(listText("no-consent-list")).contains("Noor Testing");
        UI.getCurrent().navigate("photo-consent/print", QueryParameters.of("purpose", "school-social"));
        assertThat(getCurrentView()).isInstanceOf(ConsentPrintView.class);
        var page = screenText();
        assertThat(page.indexOf("Kacper Testing")).isPositive().isLessThan(page.indexOf("Noor Testing"));
        assertThat(page).doesNotContain(REASON);
    }

    @Test
    void everyone_who_sees_the_pupil_sees_the_flag_and_only_the_head_reads_the_reason() {
        for (var user : new String[] {DemoUsers.OFFICE, DemoUsers.DEPUTY}) {
            signInAs(user);
            navigate(PupilView.class, Map.of("id", kacper.toString()));
            assertThat($(Paragraph.class).id("never-publish-notice").getText())
                    .startsWith("May not appear in any post");
            assertThat(screenText()).as(user).doesNotContain(REASON);
        }
        signInAs(DemoUsers.TEACHER);
        navigate(PupilsView.class);
        @SuppressWarnings("unchecked")
        var classPupils = test((Grid<ClassPupil>) $(Grid.class).id("class-pupils"));
        for (int row = 0; row < classPupils.size(); row++) {
            var pupil = classPupils.getRow(row);
            assertThat(classPupils.getCellText(row, 4))
                    .as(pupil.firstName())
                    .isEqualTo(
                            pupil.firstName().equals("Kacper")
                                    ? "May not appear in any post"
                                    : pupil.imageConsent() ? "Yes" : "No — do not photograph");
        }

        signInAs(DemoUsers.HEAD);
        navigate(PupilView.class, Map.of("id", kacper.toString()));
        assertThat($(Paragraph.class).id("never-publish-reason").getText()).contains(REASON);
    }

    @Test
    void the_dsl_must_give_a_reason_next_to_the_field_to_change_the_flag() {
        signInAs(DemoUsers.HEAD);
        navigate(PupilView.class, Map.of("id", noor.toString()));

        test($(Button.class).id("change-never-publish")).click();
        var reason = $(TextArea.class).id("never-publish-reason-field");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Give the reason");
        assertThat(neverPublish.reason(noor)).isEmpty();

        test(reason).setValue("Child protection plan.");
        test($(Button.class).id("change-never-publish")).click();
        assertThat(neverPublish.reason(noor)).contains("Child protection plan.");
        neverPublish.change(noor, false, "Test over.");
    }

    @Test
    void slt_add_a_purpose_on_screen_and_a_bad_code_is_refused_next_to_the_field() {
        signInAs(DemoUsers.DEPUTY);
        navigate(ConsentPurposesView.class);

        test($(Button.class).withText("Add a purpose").single()).click();
        test($(TextField.class).withLabel("Code").single()).setValue("Local Press");
        test($(TextField.class).withLabel("Name").single()).setValue("Press");
        test($(TextArea.class).withLabel("What parents read").single()).setValue("Photos in the papers.");
        test($(Button.class).withText("Add").single()).click();

        var code = $(TextField.class).withLabel("Code").single();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("A code is 3 to 40 lower-case letters");
        assertThat(jdbc.queryForObject("select count(*) from consent_purpose", Long.class))
                .isEqualTo(5);
    }

    @Test
    void slt_choose_each_accounts_purpose_and_teachers_are_not_offered_the_choice() {
        signInAs(DemoUsers.DEPUTY);
        navigate(AccountsView.class);
        @SuppressWarnings("unchecked")
        var grid = (Grid<AccountSummary>) $(Grid.class).id("account-purposes-grid");
        int kestrels = 0;
        while (!test(grid).getRow(kestrels).handle().equals("@JGP_Kestrels")) {
            kestrels++;
        }
        @SuppressWarnings("unchecked")
        var choice = (Select<PurposeSummary>) test(grid).getCellComponent(kestrels, 1);
        assertThat(choice.getValue().code()).isEqualTo("class-social");

        test(choice).selectItem("The school website (website)");

        assertThat(InSchool.jesseGray(
                        jdbc,
                        () -> accounts.accountWithHandle("@JGP_Kestrels")
                                .orElseThrow()
                                .purpose()))
                .isEqualTo("website");
        accounts.needPurpose(test(grid).getRow(kestrels).id(), "class-social");
        signInAs(DemoUsers.TEACHER);
        navigate(AccountsView.class);
        assertThat($(Div.class).withId("account-purposes").exists()).isFalse();
    }

    @Test
    void the_office_sees_consents_expiring_in_the_next_30_days_on_its_home_page() {
        signInAs(DemoUsers.OFFICE);
        navigate(HomeView.class);

        assertThat($(Div.class).id("expiring-consents").getElement().getTextRecursively())
                .contains("Noor Testing (Class 3): The class's social-media account");
        signInAs(DemoUsers.DEPUTY);
        navigate(HomeView.class);
        assertThat($(Div.class).withId("expiring-consents").exists()).isFalse();
    }
}
