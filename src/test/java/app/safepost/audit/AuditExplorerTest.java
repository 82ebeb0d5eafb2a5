package app.safepost.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.pupils.PupilDetails;
import app.safepost.pupils.PupilRetention;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.SchoolProfile;
import app.safepost.school.SchoolProfileService;
import app.safepost.testing.InSchool;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import app.safepost.testing.TestSchools;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The explorer, its exports, the revision chain and retention, on the shared test PostgreSQL. */
@SafepostTest
class AuditExplorerTest {

    @Autowired
    AuditExplorer explorer;

    @Autowired
    IntegrityCheck integrity;

    @Autowired
    SchoolProfileService profiles;

    @Autowired
    PupilRoster roster;

    @Autowired
    PupilRetention retention;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    app.safepost.school.SchoolDirectory directory;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private final java.util.List<UUID> testPupils = new ArrayList<>();

    @AfterEach
    void removeTestPupils() {
        InSchool.jesseGray(jdbc, () -> {
            for (var id : testPupils) {
                jdbc.update("delete from image_consent_record_aud where pupil_id = ?", id);
                jdbc.update("delete from image_consent_record where pupil_id = ?", id);
                jdbc.update("delete from pupil_aud where id = ?", id);
                jdbc.update("delete from pupil where id = ?", id);
                jdbc.update("delete from audit_entry where record_id = ?", id.toString());
            }
        });
        SignedIn.nobody();
    }

    private String schoolId() {
        return TestSchools.jesseGray(jdbc).toString();
    }

    private SchoolProfile changeContactEmail(String user) {
        SignedIn.as(demoUsers, user);
        var before = profiles.profile();
        return profiles.update(new SchoolProfile(
                before.name(),
                "office+" + System.nanoTime() + "@jessegray.example",
                before.contactPhone(),
                before.address(),
                before.wholeSchoolHandle(),
                before.version()));
    }

    private UUID enrolTestPupil(String upn, String firstName, String surname) {
        SignedIn.as(demoUsers, "office");
        var classId = roster.records(false).getFirst().classId();
        var pupil = roster.enrol(new PupilDetails(upn, firstName, surname, null, classId));
        testPupils.add(pupil.id().value());
        return pupil.id().value();
    }

    @Test
    void a_change_shows_first_in_the_explorer_with_who_made_it_and_each_field_before_and_after() {
        SignedIn.as(demoUsers, "deputy");
        var before = profiles.profile();
        var after = changeContactEmail("deputy");

        SignedIn.as(demoUsers, "governor");
        var page = explorer.entries(new AuditQuery(null, null, "deputy", "school-profile", null, null), null, 10);

        var newest = page.entries().getFirst();
        assertThat(newest.by()).isEqualTo("deputy");
        assertThat(newest.type().label()).isEqualTo("School profile");
        assertThat(newest.recordId()).isEqualTo(schoolId());
        assertThat(newest.change()).isEqualTo(ChangeType.MODIFIED);
        assertThat(explorer.changes(newest).orElseThrow().changes())
                .containsExactly(new FieldChange("contactEmail", before.contactEmail(), after.contactEmail()));
    }

    @Test
    void revisions_of_every_audited_type_show_in_the_explorer_with_the_user_who_made_them() {
        changeContactEmail("head");
        SignedIn.as(demoUsers, "head");
        var checked = 0;
        for (var type : explorer.recordTypes()) {
            var any = explorer.entries(new AuditQuery(null, null, null, type.name(), null, null), null, 1)
                    .entries();
            if (any.isEmpty()) {
                continue;
            }
            var table = any.getFirst().auditTable();
            // The school in hand's latest revision: the trust's own tables (memberships) hold every school's rows,
            // while row-level security shows only this school's revisions.
            var latest = jdbc.queryForList("select a.rev, a.id::text as id from " + table
                    + " a join revision_info r on r.id = a.rev order by a.rev desc limit 1");
            if (latest.isEmpty()) {
                continue;
            }
            long rev = ((Number) latest.getFirst().get("rev")).longValue();
            var recordId = (String) latest.getFirst().get("id");
            var author = jdbc.queryForObject("select username from revision_info where id = ?", String.class, rev);
            var history = explorer.entries(AuditQuery.ofRecord(type.name(), recordId), null, 50)
                    .entries();
            assertThat(history)
                    .as(type.name())
                    .filteredOn(e -> e.revision() == rev)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.by()).isEqualTo(author);
                        assertThat(e.type()).isEqualTo(type);
                    });
            checked++;
        }
        // The demo school alone has classes, staff, devices, pupils, consents, accounts, the profile, a policy.
        assertThat(checked).isGreaterThanOrEqualTo(8);
        assertThat(explorer.recordTypes())
                .extracting(RecordType::name)
                .contains(
                        "pupil",
                        "school-profile",
                        "class",
                        "staff-member",
                        "device",
                        "account",
                        "policy",
                        "image-consent",
                        "audit-export");
    }

    @Test
    void keyset_pages_follow_on_without_gaps_or_repeats() {
        SignedIn.as(demoUsers, "deputy");
        var all = explorer.entries(AuditQuery.everything(), null, 30).entries();
        var paged = new ArrayList<AuditEntry>();
        AuditEntry after = null;
        for (int i = 0; i < 3; i++) {
            var page = explorer.entries(AuditQuery.everything(), after, 10);
            paged.addAll(page.entries());
            after = page.next();
        }
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void filters_by_kind_of_change_and_date() {
        changeContactEmail("deputy");
        SignedIn.as(demoUsers, "deputy");
        var today = LocalDate.now(app.safepost.common.SchoolTime.ZONE);
        var added = explorer.entries(new AuditQuery(null, null, null, null, null, ChangeType.ADDED), null, 50);
        assertThat(added.entries()).isNotEmpty().allMatch(e -> e.change() == ChangeType.ADDED);
        var todays = explorer.entries(new AuditQuery(today, today, "deputy", null, null, null), null, 50);
        assertThat(todays.entries()).isNotEmpty();
        var tomorrow = explorer.entries(new AuditQuery(today.plusDays(1), null, null, null, null, null), null, 50);
        assertThat(tomorrow.entries()).isEmpty();
    }

    @Test
    void governors_never_see_pupil_names_in_the_explorer_or_its_exports() {
        var id = enrolTestPupil("T12345678901A", "Tamsin", "Quennell");
        SignedIn.as(demoUsers, "governor");

        var history = explorer.history("pupil", id.toString());
        var entry = explorer.entries(AuditQuery.ofRecord("pupil", id.toString()), null, 5)
                .entries()
                .getFirst();
        var csv = new String(
                explorer.export(AuditQuery.ofRecord("pupil", id.toString()), AuditExplorer.ExportFormat.CSV)
                        .content(),
                StandardCharsets.UTF_8);

        assertThat(history.toString())
                .doesNotContain("Tamsin", "Quennell", "T12345678901A")
                .contains("(hidden)");
        assertThat(explorer.changes(entry).orElseThrow().toString()).doesNotContain("Tamsin", "Quennell");
        assertThat(csv).doesNotContain("Tamsin", "Quennell", "T12345678901A").contains("(hidden)");

        SignedIn.as(demoUsers, "deputy");
        assertThat(explorer.history("pupil", id.toString()).toString()).contains("Tamsin", "Quennell");
    }

    @Test
    void an_export_is_formula_safe_and_is_itself_in_the_trail() {
        SignedIn.as(demoUsers, "deputy");
        var before = profiles.profile();
        profiles.update(new SchoolProfile(
                before.name(),
                before.contactEmail(),
                before.contactPhone(),
                "=HYPERLINK(\"http://evil.example\")",
                before.wholeSchoolHandle(),
                before.version()));
        var csv = new String(
                explorer.export(
                                new AuditQuery(null, null, "deputy", "school-profile", null, null),
                                AuditExplorer.ExportFormat.CSV)
                        .content(),
                StandardCharsets.UTF_8);
        var pdf = explorer.export(
                new AuditQuery(null, null, "deputy", "school-profile", null, null), AuditExplorer.ExportFormat.PDF);
        profiles.update(new SchoolProfile(
                before.name(),
                before.contactEmail(),
                before.contactPhone(),
                before.address(),
                before.wholeSchoolHandle(),
                profiles.profile().version()));

        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var exports = explorer.entries(new AuditQuery(null, null, "deputy", "audit-export", null, null), null, 2);
        assertThat(exports.entries()).hasSize(2).allMatch(e -> e.change() == ChangeType.ADDED);
        var recorded =
                explorer.changes(exports.entries().getFirst()).orElseThrow().changes();
        assertThat(recorded)
                .contains(new FieldChange("format", null, "pdf"), new FieldChange("exportedBy", null, "deputy"));
    }

    @Test
    void teachers_and_the_office_may_not_read_the_trail() {
        SignedIn.as(demoUsers, "office");
        assertThatThrownBy(() -> explorer.entries(AuditQuery.everything(), null, 5))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> explorer.history("school-profile", schoolId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> integrity.checkChain()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void new_revisions_extend_the_chain_and_a_direct_update_of_an_audit_row_is_the_first_broken_link() {
        SignedIn.as(demoUsers, "head");
        long start = integrity.headPosition() + 1;
        changeContactEmail("deputy");
        var id = enrolTestPupil("T12345678902A", "Ottilie", "Brannagh");
        SignedIn.as(demoUsers, "head");
        assertThat(integrity.checkFrom(start).intact()).isTrue();
        var rev = jdbc.queryForObject("select min(rev) from pupil_aud where id = ?", Long.class, id);

        jdbc.update("update pupil_aud set surname = 'Smith' where id = ? and rev = ?", id, rev);
        var report = integrity.checkFrom(start);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenRevision()).isEqualTo(rev);
        assertThat(report.problem()).contains("changed after it was saved");
        assertThat(integrity.recentChecks().getFirst()).isEqualTo(report);
    }

    @Test
    void changes_committed_at_the_same_time_are_linked_one_after_the_other() throws Exception {
        SignedIn.as(demoUsers, "head");
        long start = integrity.headPosition() + 1;
        var office = demoUsers.loadUserByUsername("office");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 8; i++) {
                var serial = "TESTCHAIN" + i + "-" + System.nanoTime();
                results.add(pool.submit(() -> {
                    var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(
                            org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                                    .authenticated(office, null, office.getAuthorities()));
                    org.springframework.security.core.context.SecurityContextHolder.setContext(context);
                    try {
                        directory.registerDevice(
                                new app.safepost.school.DeviceDetails("Chain test", "Apple", "iPad", serial));
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    }
                }));
            }
            for (var result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
            jdbc.update("delete from audit_entry where audit_table = 'school_device_aud' and record_id in"
                    + " (select id::text from school_device where serial like 'TESTCHAIN%')");
        }

        var report = integrity.checkFrom(start);

        assertThat(report.intact()).isTrue();
        assertThat(report.linksChecked()).isEqualTo(8);
        jdbc.update("delete from school_device_aud where serial like 'TESTCHAIN%'");
        jdbc.update("delete from school_device where serial like 'TESTCHAIN%'");
    }

    @Test
    void changing_who_made_a_revision_breaks_its_link() {
        SignedIn.as(demoUsers, "head");
        long start = integrity.headPosition() + 1;
        changeContactEmail("deputy");
        SignedIn.as(demoUsers, "head");
        var rev = jdbc.queryForObject("select rev from revision_chain where position = ?", Long.class, start);
        try {
            jdbc.update("update revision_info set username = 'head' where id = ?", rev);
            var report = integrity.checkFrom(start);
            assertThat(report.firstBrokenRevision()).isEqualTo(rev);
            assertThat(report.problem()).contains("Who made revision");
        } finally {
            jdbc.update("update revision_info set username = 'deputy' where id = ?", rev);
        }
        assertThat(integrity.checkFrom(start).intact()).isTrue();
    }

    @Test
    void retention_pseudonymises_a_leaver_in_live_data_and_history_as_one_revision_and_the_chain_still_verifies() {
        SignedIn.as(demoUsers, "head");
        long start = integrity.headPosition() + 1;
        var id = enrolTestPupil("T12345678903A", "Peregrine", "Oyelaran");
        roster.update(
                new app.safepost.pupils.PupilId(id),
                new PupilDetails(
                        "T12345678903A",
                        "Perry",
                        "Oyelaran",
                        "Pez",
                        roster.record(new app.safepost.pupils.PupilId(id))
                                .orElseThrow()
                                .classId()),
                0);
        jdbc.update(
                "update pupil set archived = true, left_on = ? where id = ?",
                LocalDate.now().minusYears(7),
                id);

        SignedIn.as(demoUsers, "office");
        int done = retention.pseudonymiseExpired();

        assertThat(done).isGreaterThanOrEqualTo(1);
        var live = jdbc.queryForMap(
                "select upn, first_name, surname, preferred_name, pseudonymised_on from pupil where id = ?", id);
        assertThat(live.get("upn").toString()).startsWith("X").hasSize(13);
        assertThat(live.get("first_name")).isEqualTo("Former");
        assertThat(live.get("preferred_name")).isNull();
        var history = jdbc.queryForList("select a::text from pupil_aud a where a.id = ?", String.class, id);
        assertThat(history)
                .hasSize(3)
                .noneMatch(row -> row.contains("Peregrine")
                        || row.contains("Perry")
                        || row.contains("Oyelaran")
                        || row.contains("Pez")
                        || row.contains("T12345678903A"));
        SignedIn.as(demoUsers, "head");
        var revisions = explorer.history("pupil", id.toString());
        assertThat(revisions.getLast().by()).isEqualTo("office");
        assertThat(revisions.getLast().changes()).extracting(FieldChange::field).contains("pseudonymisedOn");
        assertThat(integrity.checkFrom(start).intact()).isTrue();
    }
}
