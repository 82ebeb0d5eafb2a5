package app.safepost.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.school.SchoolDirectory;
import app.safepost.security.Roles;
import app.safepost.testing.DemoUsers;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every notice and e-mail goes out through {@link Notices}, to named staff or to a role: whatever a
 * module writes in one, each recipient who may not read pupils' names gets it with them masked, in
 * the app and in the e-mail, and everyone else gets it as written.
 */
@SafepostTest
class NamesMaskedInNoticesTest {

    @Autowired
    Notices notices;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private Notice naming(String marker) {
        return new Notice(
                "Amelia Khan: " + marker,
                "Amelia Khan's parents asked that the photo of Noah be taken down.",
                "incidents");
    }

    @Test
    void every_member_of_staff_told_by_name_gets_pupils_names_as_their_roles_allow_in_the_app_and_by_e_mail() {
        var marker = UUID.randomUUID().toString();
        int told = InSchool.jesseGray(jdbc, () -> notices.toStaff(DemoUsers.ALL, naming(marker)));

        assertThat(told).isEqualTo(DemoUsers.ALL.size());
        assertEveryRecipientReadsAsTheirRolesAllow(marker);
        var governors = InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForObject(
                        "select body from notice where recipient = ? and subject like ?",
                        String.class,
                        DemoUsers.GOVERNOR,
                        "%" + marker));
        assertThat(governors).isEqualTo("[name]'s parents asked that the photo of [name] be taken down.");
    }

    @Test
    void every_role_told_at_once_gets_pupils_names_as_its_members_roles_allow() {
        for (var role : Roles.ALL) {
            var marker = UUID.randomUUID().toString();
            int told = InSchool.jesseGray(jdbc, () -> notices.toRole(role, naming(marker)));

            assertThat(told).as(role).isPositive();
            assertEveryRecipientReadsAsTheirRolesAllow(marker);
        }
    }

    private void assertEveryRecipientReadsAsTheirRolesAllow(String marker) {
        var inApp = InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForList(
                        "select recipient, subject, body from notice where subject like ?", "%" + marker));
        var byEmail = InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForList(
                        "select recipient, subject, body from outbound_email where subject like ?", "%" + marker));
        assertThat(byEmail).hasSameSizeAs(inApp);
        for (var row : concat(inApp, byEmail)) {
            var recipient = (String) row.get("recipient");
            var text = row.get("subject") + "\n" + row.get("body");
            var roles = InSchool.jesseGray(jdbc, () -> directory.staffMember(recipient))
                    .orElseThrow()
                    .roles();
            if (Roles.readPupilNames(Roles.effective(roles))) {
                assertThat(text).as(recipient).contains("Amelia Khan", "Noah");
            } else {
                assertThat(text)
                        .as(recipient)
                        .doesNotContain("Amelia", "Khan", "Noah")
                        .contains(
                                "[name]: " + marker, "[name]'s parents asked that the photo of [name] be taken down.");
            }
        }
        assertThat(inApp).isNotEmpty();
    }

    @Test
    void a_governor_reads_a_notice_kept_from_before_masked_on_reading() {
        var marker = UUID.randomUUID().toString();
        InSchool.jesseGray(
                jdbc,
                () -> jdbc.update(
                        "insert into notice (id, version, recipient, subject, body, created_at)"
                                + " values (?, 0, 'governor', ?, ?, now())",
                        UUID.randomUUID(),
                        "Kept " + marker,
                        "It named Amelia Khan."));

        SignedIn.as(demoUsers, DemoUsers.GOVERNOR);

        assertThat(notices.mine())
                .filteredOn(n -> n.subject().endsWith(marker))
                .singleElement()
                .satisfies(n -> assertThat(n.body()).isEqualTo("It named [name]."));
    }

    @Test
    void a_notice_as_long_as_it_may_be_still_fits_once_masked() {
        var marker = UUID.randomUUID().toString();
        var body = "Jo. ".repeat(500);
        InSchool.jesseGray(
                jdbc, () -> notices.toStaff(List.of(DemoUsers.GOVERNOR), new Notice("Jo. Jo. " + marker, body, null)));

        var stored = InSchool.jesseGray(
                jdbc, () -> jdbc.queryForMap("select subject, body from notice where subject like ?", "%" + marker));
        assertThat((String) stored.get("subject")).isEqualTo("[name]. [name]. " + marker);
        assertThat((String) stored.get("body"))
                .hasSize(2000)
                .startsWith("[name]. [name]. ")
                .endsWith("\u2026")
                .doesNotContain("Jo.");
    }

    private static List<Map<String, Object>> concat(List<Map<String, Object>> one, List<Map<String, Object>> other) {
        return Stream.concat(one.stream(), other.stream()).toList();
    }
}
