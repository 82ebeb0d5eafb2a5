package app.safepost.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.school.DeviceRecognition.Refusal;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Enrolling school iPads (P3) on the real database: keys kept only hashed, replaced, revoked, retired, audited. */
@SafepostTest
class DeviceEnrolmentsTest {

    @Autowired
    DeviceEnrolments enrolments;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private DeviceSummary ipad;

    @BeforeEach
    void registerATestIpad() {
        DeviceEnrolmentFixture.removeEnrolmentsAndTestDevices(jdbc);
        SignedIn.as(demoUsers, "office");
        ipad = directory.registerDevice(new DeviceDetails(
                "iPad 21 (Library)", "Apple", "iPad (9th generation)", DeviceEnrolmentFixture.SERIAL_PREFIX + "21"));
    }

    @AfterEach
    void removeThem() {
        SignedIn.nobody();
        DeviceEnrolmentFixture.removeEnrolmentsAndTestDevices(jdbc);
    }

    private DeviceRecognition presentedByTeacher(DeviceKey key) {
        SignedIn.as(demoUsers, "teacher");
        try {
            return enrolments.recognise(key);
        } finally {
            SignedIn.as(demoUsers, "office");
        }
    }

    @Test
    void an_enrolled_ipads_key_is_recognised_and_only_its_hash_is_kept_anywhere() {
        var key = enrolments.enrol(ipad.id());

        assertThat(key.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(key.toString()).doesNotContain(key.token());
        assertThat(jdbc.queryForObject("select key_sha256 from device_enrolment", String.class))
                .isEqualTo(DeviceEnrolmentFixture.sha256(key.token()));
        var kept = DeviceEnrolmentFixture.everythingKept(jdbc);
        assertThat(kept).doesNotContain(key.token());
        assertThat(jdbc.queryForList("select to_jsonb(a)::text from device_enrolment_aud a", String.class))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .doesNotContain(DeviceEnrolmentFixture.sha256(key.token()))
                        .contains("\"enrolled_by\": \"office\""));

        var recognised = presentedByTeacher(key);
        assertThat(recognised.enrolled()).isTrue();
        assertThat(recognised.device().label()).isEqualTo("iPad 21 (Library)");
        assertThat(enrolments.current()).containsOnlyKeys(ipad.id());
        assertThat(enrolments.enrolledAs(key)).contains(ipad.id());
    }

    @Test
    void enrolling_again_replaces_the_old_key_and_its_use_is_recorded_as_refused() {
        var first = enrolments.enrol(ipad.id());
        var second = enrolments.enrol(ipad.id());

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(presentedByTeacher(first)).isEqualTo(DeviceRecognition.refused(Refusal.REPLACED));
        assertThat(presentedByTeacher(second).enrolled()).isTrue();
        assertThat(enrolments.current()).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select end_reason from device_enrolment where ended_at is not null", String.class))
                .isEqualTo("REPLACED");
    }

    @Test
    void a_revoked_key_stops_counting_and_the_revocation_and_the_refusal_are_audited_with_who_and_when() {
        var key = enrolments.enrol(ipad.id());
        enrolments.revoke(ipad.id());

        assertThat(presentedByTeacher(key)).isEqualTo(DeviceRecognition.refused(Refusal.REVOKED));
        assertThat(enrolments.current()).isEmpty();
        assertThat(jdbc.queryForMap("select r.username as who, a.end_reason as why, a.ended_at is not null as dated"
                        + " from device_enrolment_aud a join revision_info r on r.id = a.rev where a.revtype = 1"))
                .isEqualTo(Map.of("who", "office", "why", "REVOKED", "dated", true));
        assertThat(jdbc.queryForMap(
                        "select r.username as who, a.reason as why, a.presented_by as presented,"
                                + " a.device_id = ? as this_ipad from device_key_refusal_aud a join revision_info r on r.id = a.rev",
                        ipad.id().value()))
                .isEqualTo(Map.of("who", "teacher", "why", "REVOKED", "presented", "teacher", "this_ipad", true));
        assertThat(DeviceEnrolmentFixture.everythingKept(jdbc)).doesNotContain(key.token());
    }

    @Test
    void retiring_an_ipad_ends_its_enrolment_for_good_and_a_retired_ipad_is_not_enrolled() {
        var key = enrolments.enrol(ipad.id());
        var retired = directory.setDeviceInService(ipad.id(), false, ipad.version());

        assertThat(presentedByTeacher(key)).isEqualTo(DeviceRecognition.refused(Refusal.DEVICE_RETIRED));
        assertThatThrownBy(() -> enrolments.enrol(ipad.id())).isInstanceOfSatisfying(EnrolmentRefused.class, e -> {
            assertThat(e.reason()).isEqualTo(EnrolmentRefused.Reason.DEVICE_RETIRED);
            assertThat(e)
                    .hasMessage("iPad 21 (Library) is retired. Return it to service on the register before"
                            + " enrolling it.");
        });

        directory.setDeviceInService(ipad.id(), true, retired.version());
        assertThat(presentedByTeacher(key)).isEqualTo(DeviceRecognition.refused(Refusal.DEVICE_RETIRED));
        assertThat(presentedByTeacher(enrolments.enrol(ipad.id())).enrolled()).isTrue();
    }

    @Test
    void an_unknown_or_malformed_key_is_refused_and_recorded_without_a_device() {
        var unknown = new DeviceKey("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        var malformed = new DeviceKey("not a key <script>");

        assertThat(presentedByTeacher(unknown)).isEqualTo(DeviceRecognition.refused(Refusal.UNKNOWN_KEY));
        assertThat(presentedByTeacher(malformed)).isEqualTo(DeviceRecognition.refused(Refusal.UNKNOWN_KEY));
        assertThat(jdbc.queryForList("select reason from device_key_refusal where device_id is null", String.class))
                .containsExactly("UNKNOWN_KEY", "UNKNOWN_KEY");
        assertThat(DeviceEnrolmentFixture.everythingKept(jdbc)).doesNotContain(unknown.token(), "not a key");
        assertThat(enrolments.recognise(null)).isEqualTo(DeviceRecognition.NO_KEY);
    }

    @Test
    void revoking_without_an_enrolment_or_enrolling_an_unknown_device_is_refused_with_a_reason() {
        assertThatThrownBy(() -> enrolments.revoke(ipad.id()))
                .isInstanceOfSatisfying(
                        EnrolmentRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(EnrolmentRefused.Reason.NOT_ENROLLED));
        var nowhere = new DeviceId(UUID.randomUUID());
        assertThatThrownBy(() -> enrolments.enrol(nowhere))
                .isInstanceOfSatisfying(
                        EnrolmentRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(EnrolmentRefused.Reason.NO_SUCH_DEVICE));
        assertThat(jdbc.queryForObject("select count(*) from device_enrolment", Long.class))
                .isZero();
    }

    @Test
    void only_the_office_enrols_and_revokes_slt_read_the_enrolments_and_teachers_neither() {
        enrolments.enrol(ipad.id());
        for (var user : new String[] {"head", "deputy", "teacher", "ta", "governor", "computing"}) {
            SignedIn.as(demoUsers, user);
            assertThatThrownBy(() -> enrolments.enrol(ipad.id())).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> enrolments.revoke(ipad.id())).as(user).isInstanceOf(AccessDeniedException.class);
        }
        SignedIn.as(demoUsers, "deputy");
        assertThat(enrolments.current()).containsOnlyKeys(ipad.id());
        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> enrolments.current()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from device_enrolment", Long.class))
                .isOne();
    }
}
