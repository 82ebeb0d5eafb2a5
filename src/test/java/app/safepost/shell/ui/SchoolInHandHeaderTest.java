package app.safepost.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.approval.ReviewQueue;
import app.safepost.drafting.DraftId;
import app.safepost.drafting.Drafts;
import app.safepost.security.Membership;
import app.safepost.security.PortalSchool;
import app.safepost.security.Roles;
import app.safepost.security.SchoolId;
import app.safepost.security.SchoolInHand;
import app.safepost.security.SignedInStaff;
import app.safepost.security.StaffPrincipal;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.ScreenTest;
import app.safepost.testing.TestSchools;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The school in hand in the header: its name for someone in one school, a picker for someone in
 * several. Picking another school puts it in hand for the session (what every check then allows)
 * and reloads the screen on the home page.
 */
class SchoolInHandHeaderTest extends ScreenTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReviewQueue reviews;

    @Autowired
    Drafts drafts;

    @SuppressWarnings("unchecked")
    private Select<PortalSchool> picker() {
        return $(Select.class).id(SchoolInHandHeader.PICKER_ID);
    }

    @Test
    void someone_in_one_school_sees_its_name_and_no_picker() {
        signInAs(DemoUsers.TEACHER);
        navigate(HomeView.class);

        assertThat($(Span.class).id(SchoolInHandHeader.PICKER_ID).getText()).isEqualTo("Jesse Gray Primary School");
        assertThat($(Select.class).all()).isEmpty();
    }

    @Test
    void the_picker_is_labelled_and_offers_exactly_the_persons_schools_with_the_one_in_hand_chosen() {
        var jesseGray = TestSchools.jesseGray(jdbc);
        signInAs(DemoUsers.MUSIC, jesseGray);
        navigate(HomeView.class);

        var picker = picker();
        assertThat(picker.getAriaLabel()).hasValue("School");
        assertThat(test(picker).getSuggestions())
                .containsExactly("Fenwick Road Primary School", "Jesse Gray Primary School");
        assertThat(picker.getValue().id()).isEqualTo(jesseGray);
    }

    @Test
    void picking_another_school_puts_it_in_hand_and_reloads_on_the_home_page() {
        var jesseGray = TestSchools.jesseGray(jdbc);
        var fenwickRoad = TestSchools.fenwickRoad(jdbc);
        signInAs(DemoUsers.MUSIC, jesseGray);
        navigate("policies", Component.class);
        var before = UI.getCurrent();

        test(picker()).selectItem("Fenwick Road Primary School");

        assertThat(SchoolInHand.current()).hasValue(fenwickRoad);
        assertThat(UI.getCurrent()).as("a new UI: the page was reloaded").isNotSameAs(before);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(picker().getValue().id()).isEqualTo(fenwickRoad);
        var staff = SignedInStaff.current().orElseThrow();
        assertThat(staff.roles()).containsExactly(Roles.TEACHING_ASSISTANT);
        assertThat(staff.classes()).containsExactly("Class 1");
        assertThat(jdbc.queryForObject("select school_id from school_chosen where username = 'music'", UUID.class))
                .as("the next sign-in starts here")
                .isEqualTo(fenwickRoad.value());
    }

    @Test
    void a_teaching_assistant_in_both_schools_drafts_in_each_and_reviews_in_neither() {
        signInAs(DemoUsers.MUSIC, TestSchools.jesseGray(jdbc));
        navigate(HomeView.class);
        assertThatCode(drafts::mine).doesNotThrowAnyException();
        assertThatThrownBy(reviews::waiting).isInstanceOf(AccessDeniedException.class);

        test(picker()).selectItem("Fenwick Road Primary School");

        assertThatCode(drafts::mine).doesNotThrowAnyException();
        assertThatThrownBy(reviews::waiting).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void someone_in_slt_in_one_school_and_a_teaching_assistant_in_another_approves_only_in_the_first() {
        var jesseGray = TestSchools.jesseGray(jdbc);
        var fenwickRoad = TestSchools.fenwickRoad(jdbc);
        signInAsSltInJesseGrayAndTaInFenwickRoad(jesseGray, fenwickRoad);
        navigate(HomeView.class);
        var unknownDraft = new DraftId(UUID.randomUUID());

        assertThatThrownBy(() -> reviews.approve(unknownDraft, 0, null, null))
                .as("allowed to approve: refused only because there is no such draft")
                .isNotInstanceOf(AccessDeniedException.class);
        assertThatCode(reviews::waiting).doesNotThrowAnyException();

        test(picker()).selectItem("Fenwick Road Primary School");

        assertThat(SchoolInHand.current()).hasValue(fenwickRoad);
        assertThatThrownBy(() -> reviews.approve(unknownDraft, 0, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(reviews::waiting).isInstanceOf(AccessDeniedException.class);
        assertThatCode(drafts::mine).doesNotThrowAnyException();
    }

    @Test
    void someone_who_holds_no_school_of_the_portal_is_told_so_and_sees_no_school() {
        var nobody = new SignedInStaff("no.school", "Nia Nowhere", "", Set.of(), List.of(), List.of(), null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated((StaffPrincipal) () -> nobody, null, List.of()));
        SecurityContextHolder.setContext(context);

        navigate(HomeView.class);

        assertThat($(Paragraph.class).id("no-school").getText()).startsWith("You hold no role in any school");
        assertThat($(Select.class).all()).isEmpty();
        assertThat($(Span.class).all())
                .noneMatch(
                        span -> SchoolInHandHeader.PICKER_ID.equals(span.getId().orElse("")));
    }

    /** A person the demo trust does not have: SLT in Jesse Gray, a teaching assistant in Fenwick Road. */
    private static void signInAsSltInJesseGrayAndTaInFenwickRoad(SchoolId jesseGray, SchoolId fenwickRoad) {
        var staff = new SignedInStaff(
                "dual.role",
                "Dee Dual",
                "",
                Set.of(Roles.SLT),
                List.of(),
                List.of(
                        new Membership(fenwickRoad, Set.of(Roles.TEACHING_ASSISTANT), List.of("Class 1")),
                        new Membership(jesseGray, Set.of(Roles.SLT), List.of())),
                jesseGray);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                (StaffPrincipal) () -> staff, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SLT))));
        SecurityContextHolder.setContext(context);
    }
}
