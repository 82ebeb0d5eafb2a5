package app.safepost.pupils;

import static app.safepost.pupils.RosterFixture.AMELIA_KHAN;
import static app.safepost.pupils.RosterFixture.TEST_UPN;
import static app.safepost.pupils.RosterFixture.bytes;
import static app.safepost.pupils.RosterFixture.demoCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.audit.ChangeType;
import app.safepost.school.SchoolDirectory;
import app.safepost.security.Membership;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import app.safepost.security.StaffPrincipal;
import app.safepost.testing.SafepostTest;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The roster module on PostgreSQL: import, re-import, consent changes, archiving, least privilege. */
@SafepostTest
@RecordApplicationEvents
class PupilRosterTest {

    @Autowired
    PupilRoster roster;

    @Autowired
    ConsentRegister register;

    @Autowired
    SchoolDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void restoreTheDemoRoster() {
        RosterFixture.restoreDemoRoster(roster, jdbc);
    }

    private long revisions() {
        return jdbc.queryForObject("select count(*) from revision_info", Long.class);
    }

    private PupilRecord pupil(String upn) {
        return roster.records(true).stream()
                .filter(p -> p.upn().equals(upn))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void re_importing_the_demo_roster_changes_nothing_and_writes_no_revision() {
        var before = revisions();

        var result = roster.importRoster(bytes(demoCsv()), null);

        assertThat(result).isEqualTo(new RosterImportFigures(0, 0, 0, 196));
        assertThat(revisions()).isEqualTo(before);
        assertThat(events.stream(ImageConsentWithdrawn.class)).isEmpty();
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void a_new_pupil_is_added_with_their_consent_recorded_as_from_the_mis() {
        var result = roster.importRoster(
                bytes(demoCsv() + TEST_UPN + ",Amira,Testing,Ami,Class 3,yes,2026-11-20\r\n"), null);

        assertThat(result).isEqualTo(new RosterImportFigures(1, 0, 0, 196));
        var added = pupil(TEST_UPN);
        assertThat(added)
                .extracting(
                        PupilRecord::firstName,
                        PupilRecord::surname,
                        PupilRecord::preferredName,
                        PupilRecord::className,
                        PupilRecord::imageConsent,
                        PupilRecord::consentRecordedOn)
                .containsExactly("Amira", "Testing", "Ami", "Class 3", true, LocalDate.of(2026, 11, 20));
        assertThat(register.history(added.id()))
                .hasSize(2)
                .allSatisfy(entry -> {
                    assertThat(entry.source()).isEqualTo(ConsentSource.MIS_IMPORT);
                    assertThat(entry.recordedBy()).isEqualTo("office");
                    assertThat(entry.note()).isEqualTo("Roster import, line 198");
                })
                .extracting(ConsentEntry::purpose)
                .containsExactlyInAnyOrder("class-social", "school-social");
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void consent_changed_from_yes_to_no_by_import_publishes_a_withdrawal_for_each_social_media_purpose() {
        var amelia = pupil("J820300120086");
        var class3 = directory.classNamed("Class 3").orElseThrow().id();

        var result = roster.importRoster(
                bytes(demoCsv().replace(AMELIA_KHAN, "J820300120086,Amelia,Khan,,Class 3,no,2026-11-24")), null);

        assertThat(result).isEqualTo(new RosterImportFigures(0, 1, 0, 195));
        assertThat(events.stream(ImageConsentWithdrawn.class))
                .hasSize(2)
                .allSatisfy(event -> {
                    assertThat(event.pupilId()).isEqualTo(amelia.id());
                    assertThat(event.upn()).isEqualTo("J820300120086");
                    assertThat(event.firstName()).isEqualTo("Amelia");
                    assertThat(event.classId()).isEqualTo(class3);
                    assertThat(event.source()).isEqualTo(ConsentSource.MIS_IMPORT);
                })
                .extracting(ImageConsentWithdrawn::purpose)
                .containsExactlyInAnyOrder("class-social", "school-social");
        assertThat(pupil("J820300120086").imageConsent()).isFalse();
        assertThat(register.history(amelia.id()).getLast().consent()).isFalse();
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void a_pupil_missing_from_the_file_is_archived_and_kept() {
        var figuresBefore = roster.figures();

        var result = roster.importRoster(bytes(demoCsv().replace(AMELIA_KHAN + "\r\n", "")), null);

        assertThat(result).isEqualTo(new RosterImportFigures(0, 0, 1, 195));
        assertThat(pupil("J820300120086").archived()).isTrue();
        assertThat(roster.figures().pupilsOnRoll()).isEqualTo(figuresBefore.pupilsOnRoll() - 1);
        assertThat(roster.history(pupil("J820300120086").id()).getLast().type()).isEqualTo(ChangeType.MODIFIED);
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void a_two_row_file_that_would_archive_195_of_196_pupils_needs_that_number_confirmed() {
        var twoRows = demoCsv().lines().findFirst().orElseThrow() + "\r\n"
                + "J820300120086,Amelia,Khan-Ward,,Class 3,yes,2025-09-04\r\n"
                + TEST_UPN + ",Amira,Testing,,Class 3,no,\r\n";
        var before = revisions();

        var preview = roster.previewImport(bytes(twoRows));
        assertThat(preview.archiveNeedsConfirmation()).isTrue();
        assertThat(preview.archived())
                .hasSize(195)
                .extracting(RosterChange::upn)
                .doesNotContain("J820300120086");

        assertThatThrownBy(() -> roster.importRoster(bytes(twoRows), null))
                .isInstanceOfSatisfying(RosterArchiveUnconfirmed.class, refused -> {
                    assertThat(refused.wouldArchive()).isEqualTo(195);
                    assertThat(refused.onRoll()).isEqualTo(196);
                    assertThat(refused.getMessage())
                            .startsWith("This file would archive 195 of the 196 pupils on roll");
                });
        assertThatThrownBy(() -> roster.importRoster(bytes(twoRows), 194))
                .isInstanceOfSatisfying(
                        RosterArchiveUnconfirmed.class,
                        refused -> assertThat(refused.getMessage()).contains("You confirmed 194, not 195"));
        assertThat(revisions()).isEqualTo(before);
        assertThat(roster.figures().pupilsOnRoll()).isEqualTo(196);
        assertThat(pupil("J820300120086").surname()).isEqualTo("Khan");

        var result = roster.importRoster(bytes(twoRows), 195);

        assertThat(result).isEqualTo(new RosterImportFigures(1, 1, 195, 0));
        assertThat(roster.figures().pupilsOnRoll()).isEqualTo(2);
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void archiving_19_of_196_needs_no_confirmation_and_20_does() {
        var rows = demoCsv().lines().toList();
        var without19 = String.join("\r\n", rows.subList(0, rows.size() - 19)) + "\r\n";
        var without20 = String.join("\r\n", rows.subList(0, rows.size() - 20)) + "\r\n";

        assertThat(roster.previewImport(bytes(without20)).archiveNeedsConfirmation())
                .isTrue();
        assertThatThrownBy(() -> roster.importRoster(bytes(without20), null))
                .isInstanceOf(RosterArchiveUnconfirmed.class);
        assertThat(roster.previewImport(bytes(without19)).archiveNeedsConfirmation())
                .isFalse();
        assertThat(roster.importRoster(bytes(without19), null)).isEqualTo(new RosterImportFigures(0, 0, 19, 177));
    }

    @Test
    void the_guard_is_a_tenth_of_the_roll_or_20_pupils_whichever_is_fewer() {
        assertThat(PupilRoster.archiveNeedsConfirmation(3, 30)).isFalse();
        assertThat(PupilRoster.archiveNeedsConfirmation(4, 30)).isTrue();
        assertThat(PupilRoster.archiveNeedsConfirmation(20, 1000)).isFalse();
        assertThat(PupilRoster.archiveNeedsConfirmation(21, 1000)).isTrue();
        assertThat(PupilRoster.archiveNeedsConfirmation(0, 0)).isFalse();
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void an_invalid_file_is_refused_with_every_bad_line_and_changes_nothing() {
        var before = revisions();
        var csv = demoCsv().replace(AMELIA_KHAN, "J820300120086,=HYPERLINK(\"x\"),Khan,,Class 9,no,")
                + "J820300124001,Iris,Young,,Reception,yes,2025-09-04\r\n";

        assertThatThrownBy(() -> roster.importRoster(bytes(csv), null))
                .isInstanceOfSatisfying(
                        RosterImportRejected.class,
                        rejected -> assertThat(rejected.problems())
                                .extracting(RosterProblem::describe)
                                .containsExactly(
                                        "Line 87, column first_name: A name cannot start with = + - @, a tab or a carriage"
                                                + " return (spreadsheet formula).",
                                        "Line 87, column class: There is no class named \"Class 9\". The classes are:"
                                                + " Reception, Class 1, Class 2, Class 3, Class 4, Class 5, Class 6.",
                                        "Line 198, column upn: UPN J820300124001 is also on line 2; each pupil can appear"
                                                + " only once."));
        assertThat(revisions()).isEqualTo(before);
        assertThat(pupil("J820300120086").firstName()).isEqualTo("Amelia");
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void the_preview_shows_every_outcome_and_changes_nothing() {
        var before = revisions();
        var csv = demoCsv()
                        .replace(AMELIA_KHAN, "J820300120086,Amelia,Khan-Ward,,Class 3,yes,2025-09-04")
                        .replace("J820300124002,Faith,McDonald,,Reception,no,2025-09-04\r\n", "")
                + TEST_UPN + ",Amira,Testing,,Class 3,no,\r\n";

        var preview = roster.previewImport(bytes(csv));

        assertThat(preview.figures()).isEqualTo(new RosterImportFigures(1, 1, 1, 194));
        assertThat(preview.changes())
                .filteredOn(c -> c.kind() == RosterChangeKind.CHANGED)
                .singleElement()
                .satisfies(c -> assertThat(c.differences())
                        .containsExactly(new RosterChange.FieldDifference("Surname", "Khan", "Khan-Ward")));
        assertThat(revisions()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void the_office_withdraws_consent_by_hand_and_the_decision_is_in_the_register() {
        var amelia = pupil("J820300120086");

        register.record(
                amelia.id(),
                new ConsentDecision(
                        "class-social",
                        false,
                        ConsentSource.PARENT_REQUEST,
                        LocalDate.of(2026, 11, 24),
                        null,
                        "Mum phoned the office"));

        assertThat(events.stream(ImageConsentWithdrawn.class)).singleElement().satisfies(event -> {
            assertThat(event.source()).isEqualTo(ConsentSource.PARENT_REQUEST);
            assertThat(event.purpose()).isEqualTo("class-social");
        });
        assertThat(register.consentsOf(amelia.id()).of("school-social").consent())
                .isTrue();
        assertThat(register.history(amelia.id()).getLast()).satisfies(entry -> {
            assertThat(entry.consent()).isFalse();
            assertThat(entry.recordedBy()).isEqualTo("office");
            assertThat(entry.note()).isEqualTo("Mum phoned the office");
        });
        assertThat(pupil("J820300120086").consentSource()).isEqualTo(ConsentSource.PARENT_REQUEST);
        assertThat(pupil("J820300120086").imageConsent())
                .as("a yes for every social-media purpose")
                .isFalse();
    }

    @Test
    @WithUserDetails(value = "office", userDetailsServiceBeanName = "demoSignIn")
    void the_office_adds_and_edits_a_pupil_by_hand_with_the_import_rules() {
        var class3 = directory.classNamed("Class 3").orElseThrow().id();

        var added = roster.enrol(new PupilDetails(TEST_UPN, "Amira", "Testing", "", class3));
        var edited = roster.update(
                added.id(), new PupilDetails(TEST_UPN, "Amira", "Test-Smith", "Ami", class3), added.version());

        assertThat(added.imageConsent()).isFalse();
        assertThat(edited.surname()).isEqualTo("Test-Smith");
        assertThat(edited.preferredName()).isEqualTo("Ami");
        assertThatThrownBy(() -> roster.update(
                        added.id(),
                        new PupilDetails(TEST_UPN, "=cmd|' /C calc'!A0", "X", null, class3),
                        edited.version()))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("spreadsheet formula");
        assertThatThrownBy(() -> roster.enrol(new PupilDetails(TEST_UPN, "Amira", "Again", null, class3)))
                .isInstanceOf(PupilRoster.UpnAlreadyOnRoster.class);
    }

    @Test
    @WithUserDetails(value = "teacher", userDetailsServiceBeanName = "demoSignIn")
    void teacher_of_class_3_sees_class_3_by_full_name_and_no_other_class() {
        var pupils = roster.classPupils();

        assertThat(pupils).hasSize(28).allSatisfy(p -> assertThat(p.className()).isEqualTo("Class 3"));
        assertThat(pupils)
                .extracting(ClassPupil::shownAs, ClassPupil::initials)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Amelia Khan", "AK"),
                        org.assertj.core.groups.Tuple.tuple("Tom Okafor", "TO"));
        assertThat(pupils).allSatisfy(p -> assertThat(p.surname()).isNotBlank());
        assertThat(Arrays.stream(ClassPupil.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("upn");
        // Ezra Ali and Amelia Strong are in Class 4 and Class 1.
        assertThat(pupils.toString()).doesNotContain("Ali,", "Strong");
        var class4 = directory.classNamed("Class 4").orElseThrow().id();
        assertThatThrownBy(() -> roster.classPupils(class4)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.records(false)).isInstanceOf(AccessDeniedException.class);
        assertThat(roster.consentOverview("class-social"))
                .extracting(ClassConsent::className)
                .containsExactly("Class 3");
    }

    @Test
    @WithUserDetails(value = "teacher", userDetailsServiceBeanName = "demoSignIn")
    void pupils_asked_for_by_upn_are_only_those_the_reader_may_see_as_their_class_list_has_them() {
        var ownClass = roster.upnsOfVisiblePupils();
        var shown = roster.classPupils().stream()
                .filter(p -> ownClass.containsKey(p.id()))
                .limit(2)
                .toList();
        var anotherClass = app.safepost.testing.InSchool.jesseGray(
                jdbc,
                () -> jdbc.queryForObject(
                        "select p.upn from pupil p join school_class c on c.id = p.class_id"
                                + " where c.name = 'Class 4' and not p.archived limit 1",
                        String.class));
        var asked = new java.util.ArrayList<String>();
        shown.forEach(p -> asked.add(ownClass.get(p.id())));
        asked.add(anotherClass);
        asked.add("Z999999999999");

        var found = roster.classPupilsByUpn(asked);

        assertThat(found).hasSize(2);
        shown.forEach(p -> assertThat(found.get(ownClass.get(p.id()))).isEqualTo(p));
        assertThat(found).doesNotContainKey(anotherClass);
        assertThat(roster.classPupilsByUpn(java.util.List.of())).isEmpty();
    }

    @Test
    @WithUserDetails(value = "teacher", userDetailsServiceBeanName = "demoSignIn")
    void a_teacher_who_is_also_a_governor_reads_their_class_by_first_name_and_initials_only() {
        var teacher = SignedInStaff.current().orElseThrow();
        var roles = new HashSet<>(teacher.roles());
        roles.add(Roles.GOVERNOR);
        var memberships = teacher.memberships().stream()
                .map(m ->
                        m.school().equals(teacher.schoolInHand()) ? new Membership(m.school(), roles, m.classes()) : m)
                .toList();
        var staffGovernor = new SignedInStaff(
                teacher.username(),
                teacher.displayName(),
                teacher.email(),
                roles,
                teacher.classes(),
                memberships,
                teacher.schoolInHand());
        StaffPrincipal principal = () -> staffGovernor;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        principal,
                        null,
                        roles.stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                                .toList()));

        var pupils = roster.classPupils();

        assertThat(pupils).hasSize(28).allSatisfy(p -> assertThat(p.surname()).isNull());
        assertThat(pupils).extracting(ClassPupil::shownAs).contains("Amelia (AK)", "Jo (JB)");
        assertThat(pupils.toString()).doesNotContain("Khan");
    }

    @Test
    @WithUserDetails(value = "ta", userDetailsServiceBeanName = "demoSignIn")
    void the_ta_sees_the_two_classes_they_support() {
        assertThat(roster.classPupils())
                .hasSize(56)
                .extracting(ClassPupil::className)
                .containsOnly("Class 3", "Class 4");
    }

    @Test
    @WithUserDetails(value = "governor", userDetailsServiceBeanName = "demoSignIn")
    void a_governor_sees_no_pupil_and_no_pupil_history() {
        var anyPupil = new PupilId(jdbc.queryForObject("select id from pupil limit 1", java.util.UUID.class));

        assertThatThrownBy(() -> roster.records(false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.classPupils()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.consentOverview("class-social")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.record(anyPupil)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.history(anyPupil)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.history(anyPupil)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> register.consentsOf(anyPupil)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.figures()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "deputy", userDetailsServiceBeanName = "demoSignIn")
    void slt_read_full_records_but_only_the_office_imports() {
        assertThat(roster.records(false))
                .hasSize(196)
                .extracting(PupilRecord::surname)
                .contains("Khan");
        assertThatThrownBy(() -> roster.importRoster(bytes(demoCsv()), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.previewImport(bytes(demoCsv()))).isInstanceOf(AccessDeniedException.class);
    }
}
