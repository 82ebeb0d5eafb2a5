package app.safepost.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.security.Membership;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import app.safepost.security.StaffPrincipal;
import app.safepost.security.StaffSignInEvent;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.TestSchools;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A single sign-on sign-in keeps the staff directory in step with the person's claims, as an audited
 * change of theirs: their roles and classes in the school in hand, and what they hold in each school.
 */
@SafepostTest
class SignInRecordTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    /** Staff made up by a test; removed afterwards, as other tests count the demo school's staff. */
    private final List<String> madeUp = new java.util.ArrayList<>();

    @AfterEach
    void removeMadeUpStaffAndSignOut() {
        InSchool.jesseGray(jdbc, () -> {
            for (var username : madeUp) {
                jdbc.update(
                        "delete from school_class_assistant where staff_id in"
                                + " (select id from staff_member where username = ?)",
                        username);
                jdbc.update(
                        "update school_class set class_teacher_id = null where class_teacher_id in"
                                + " (select id from staff_member where username = ?)",
                        username);
                jdbc.update("delete from staff_member where username = ?", username);
                jdbc.update("delete from staff_membership where username = ?", username);
            }
        });
        SecurityContextHolder.clearContext();
    }

    private String madeUpUsername(String prefix) {
        var username = prefix + System.nanoTime() % 100000;
        madeUp.add(username);
        return username;
    }

    /** Signing in to Jesse Gray with these roles there, as the single sign-on's sign-in does before it records it. */
    private void signedInAs(String username, String... roles) {
        var jesseGray = TestSchools.jesseGray(jdbc);
        var held = Set.of(roles);
        var schoolRoles = Roles.effective(held);
        var person = new SigningIn(new SignedInStaff(
                username,
                username,
                "",
                held,
                List.of(),
                List.of(new Membership(jesseGray, schoolRoles, List.of())),
                jesseGray));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                person,
                null,
                held.stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList()));
        SecurityContextHolder.setContext(context);
    }

    private record SigningIn(SignedInStaff staff) implements StaffPrincipal, AuthenticatedPrincipal {
        @Override
        public String getName() {
            return staff.username();
        }
    }

    @Test
    void a_new_teaching_assistant_is_recorded_and_supports_the_classes_their_claims_name() {
        var username = madeUpUsername("new.ta.");
        signedInAs(username, Roles.TEACHING_ASSISTANT);

        events.publishEvent(new StaffSignInEvent(new SignedInStaff(
                username,
                "Sam New",
                "sam@jessegray.example",
                Set.of(Roles.TEACHING_ASSISTANT),
                List.of("Class 5", "Class 99"))));

        var member = directory.staffMember(username).orElseThrow();
        assertThat(member.displayName()).isEqualTo("Sam New");
        assertThat(member.roles()).containsExactly(Roles.TEACHING_ASSISTANT);
        assertThat(member.classes())
                .as("Class 99 does not exist and is skipped")
                .containsExactly("Class 5");
        assertThat(directory.classNamed("Class 5").orElseThrow().assistants()).contains(username);
        assertThat(jdbc.queryForList("""
                select r.username from staff_member_aud a join revision_info r on r.id = a.rev
                join staff_member s on s.id = a.id where s.username = ? and a.revtype = 0""", String.class, username)).containsExactly(username);
    }

    @Test
    void a_teacher_named_for_a_class_becomes_its_class_teacher_and_a_second_identical_sign_in_changes_nothing() {
        var username = madeUpUsername("new.teacher.");
        signedInAs(username, Roles.TEACHER);
        var staff = new SignedInStaff(username, "Kim Class", "", Set.of(Roles.TEACHER), List.of("Class 2"));
        assertThat(directory.classNamed("Class 2").orElseThrow().classTeacher())
                .as("the demo school's Class 2 has no class teacher")
                .isNull();

        assertThat(directory.recordSignIn(staff)).isTrue();
        assertThat(directory.classNamed("Class 2").orElseThrow().classTeacher()).isEqualTo(username);

        assertThat(directory.recordSignIn(staff)).isFalse();
    }

    @Test
    void what_a_person_holds_in_each_of_their_schools_is_recorded_and_the_directory_follows_the_school_in_hand() {
        var username = madeUpUsername("two.schools.");
        var jesseGray = TestSchools.jesseGray(jdbc);
        var fenwickRoad = TestSchools.fenwickRoad(jdbc);
        var memberships = List.of(
                new Membership(fenwickRoad, Set.of(Roles.SLT), List.of()),
                new Membership(jesseGray, Set.of(Roles.TEACHING_ASSISTANT), List.of("Class 5")));
        var inJesseGray = new SignedInStaff(
                username, "Ade Two", "", Set.of(Roles.TEACHING_ASSISTANT), List.of("Class 5"), memberships, jesseGray);
        signedInAs(username, Roles.TEACHING_ASSISTANT);

        assertThat(directory.recordSignIn(inJesseGray)).isTrue();

        assertThat(jdbc.queryForList(
                        "select school_id || ' ' || roles || ' ' || classes from staff_membership"
                                + " where username = ?",
                        String.class,
                        username))
                .containsExactlyInAnyOrder(jesseGray + " teaching-assistant Class 5", fenwickRoad + " slt ");
        assertThat(directory.staffMember(username).orElseThrow().roles())
                .as("the roles in the school in hand")
                .containsExactly(Roles.TEACHING_ASSISTANT);
        assertThat(directory.recordSignIn(inJesseGray)).as("nothing new").isFalse();

        var leftFenwickRoad = new SignedInStaff(
                username,
                "Ade Two",
                "",
                Set.of(Roles.TEACHING_ASSISTANT),
                List.of("Class 5"),
                memberships.subList(1, 2),
                jesseGray);
        assertThat(directory.recordSignIn(leftFenwickRoad)).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff_membership where username = ?", Long.class, username))
                .as("a school no longer in the claims is no longer theirs")
                .isEqualTo(1);
    }

    @Test
    void someone_with_only_trust_roles_is_no_schools_member_of_staff() {
        var username = madeUpUsername("trust.only.");
        var jesseGray = TestSchools.jesseGray(jdbc);
        signedInAs(username, Roles.TRUST_LEADER);

        directory.recordSignIn(new SignedInStaff(
                username,
                "Tru Stee",
                "",
                Set.of(Roles.TRUST_LEADER),
                List.of(),
                List.of(new Membership(jesseGray, Set.of(), List.of())),
                jesseGray));

        assertThat(directory.staffMember(username)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff_membership where username = ?", Long.class, username))
                .isZero();
    }

    @Test
    void nobody_may_record_a_sign_in_for_someone_else() {
        signedInAs("teacher", Roles.TEACHER);

        assertThatThrownBy(() -> directory.recordSignIn(
                        new SignedInStaff("head", "Helen Okoro", "", Set.of(Roles.HEAD_TEACHER, Roles.SLT), List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
