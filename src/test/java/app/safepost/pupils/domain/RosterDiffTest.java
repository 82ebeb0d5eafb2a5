package app.safepost.pupils.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.pupils.ConsentNow;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.RosterChange;
import app.safepost.pupils.RosterChange.FieldDifference;
import app.safepost.pupils.RosterChangeKind;
import app.safepost.pupils.RosterImportFigures;
import app.safepost.pupils.RosterImportPreview;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The comparison of a roster file with the roster, on the demo roster. */
class RosterDiffTest {

    private final Map<String, UUID> classIds = RosterCsvTest.CLASSES.stream()
            .collect(Collectors.toMap(Function.identity(), name -> UUID.nameUUIDFromBytes(name.getBytes())));
    private final Map<UUID, String> classNames =
            classIds.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    private Map<String, Pupil> roster;
    private Map<UUID, Map<String, ConsentNow>> consents;

    /** The roster as the demo file would have made it, each answer as the import records it. */
    @BeforeEach
    void demoRosterOnFile() {
        roster = new HashMap<>();
        consents = new HashMap<>();
        for (var row : RosterCsv.parse(RosterCsvTest.demoRoster(), RosterCsvTest.CLASSES, RosterCsvTest.PURPOSES)
                .rows()) {
            var pupil = new Pupil(
                    row.upn(), row.firstName(), row.surname(), row.preferredName(), classIds.get(row.className()));
            roster.put(row.upn(), pupil);
            var answers = new HashMap<String, ConsentNow>();
            row.consents()
                    .forEach((purpose, answer) -> answers.put(
                            purpose,
                            new ConsentNow(
                                    purpose,
                                    answer,
                                    row.consentRecordedOn(),
                                    null,
                                    ConsentSource.MIS_IMPORT,
                                    "office",
                                    Instant.EPOCH,
                                    null)));
            consents.put(pupil.getId(), answers);
        }
    }

    private RosterDiff.Plan compare(String csv) {
        var parsed =
                RosterCsv.parse(csv.getBytes(StandardCharsets.UTF_8), RosterCsvTest.CLASSES, RosterCsvTest.PURPOSES);
        assertThat(parsed.problems()).isEmpty();
        return RosterDiff.compare(parsed.rows(), roster, consents, classIds, classNames);
    }

    private static String demoText() {
        return new String(RosterCsvTest.demoRoster(), StandardCharsets.UTF_8);
    }

    private static RosterImportFigures figures(RosterDiff.Plan plan) {
        return new RosterImportPreview(plan.changes(), List.of()).figures();
    }

    @Test
    void the_demo_roster_against_itself_is_all_unchanged() {
        var plan = compare(demoText());

        assertThat(figures(plan)).isEqualTo(new RosterImportFigures(0, 0, 0, 196));
        assertThat(plan.archived()).isEmpty();
    }

    @Test
    void the_demo_roster_against_an_empty_roster_is_all_new() {
        roster.clear();

        assertThat(figures(compare(demoText()))).isEqualTo(new RosterImportFigures(196, 0, 0, 0));
    }

    @Test
    void a_changed_consent_and_class_are_shown_field_by_field() {
        var text = demoText()
                .replace(
                        "J820300124001,Iris,Young,,Reception,yes,2025-09-04",
                        "J820300124001,Iris,Young,,Class 1,no,2026-11-20");

        var plan = compare(text);

        assertThat(figures(plan)).isEqualTo(new RosterImportFigures(0, 1, 0, 195));
        var change = plan.changes().stream()
                .filter(c -> c.kind() == RosterChangeKind.CHANGED)
                .findFirst()
                .orElseThrow();
        assertThat(change.line()).isEqualTo(2);
        assertThat(change.differences())
                .containsExactly(
                        new FieldDifference("Class", "Reception", "Class 1"),
                        new FieldDifference("Consent (class-social)", "yes", "no"),
                        new FieldDifference("Consent given on (class-social)", "4 Sep 2025", "20 Nov 2026"),
                        new FieldDifference("Consent (school-social)", "yes", "no"),
                        new FieldDifference("Consent given on (school-social)", "4 Sep 2025", "20 Nov 2026"));
        assertThat(plan.steps().getFirst().purposesToRecord()).containsExactly("class-social", "school-social");
    }

    @Test
    void a_pupil_missing_from_the_file_is_archived_and_an_archived_pupil_listed_again_returns() {
        var text = demoText().replace("J820300124002,Faith,McDonald,,Reception,no,2025-09-04\r\n", "");
        roster.get("J820300124003").archive(java.time.LocalDate.of(2026, 7, 22));

        var plan = compare(text);

        assertThat(figures(plan)).isEqualTo(new RosterImportFigures(0, 1, 1, 194));
        assertThat(plan.archived()).extracting(Pupil::getUpn).containsExactly("J820300124002");
        assertThat(plan.changes())
                .filteredOn(c -> c.kind() == RosterChangeKind.ARCHIVED)
                .singleElement()
                .extracting(RosterChange::line, RosterChange::name)
                .containsExactly(null, "Faith McDonald");
        assertThat(plan.changes())
                .filteredOn(c -> c.upn().equals("J820300124003"))
                .singleElement()
                .extracting(RosterChange::differences)
                .isEqualTo(List.of(new FieldDifference("On roll", "no (archived)", "yes")));
    }

    @Test
    void a_name_typed_with_an_accent_is_a_change_stored_as_typed() {
        var zoe = roster.values().stream()
                .filter(p -> p.getFirstName().equals("Zoë"))
                .findFirst()
                .orElseThrow();
        var text = demoText().replace(zoe.getUpn() + ",Zoë,", zoe.getUpn() + ",Zoe,");

        var plan = compare(text);

        assertThat(plan.changes())
                .filteredOn(c -> c.kind() == RosterChangeKind.CHANGED)
                .singleElement()
                .extracting(RosterChange::differences)
                .isEqualTo(List.of(new FieldDifference("First name", "Zoë", "Zoe")));
    }

    @Test
    void a_purpose_column_changes_only_its_purpose_and_an_empty_one_leaves_the_answer_alone() {
        var text = "upn,first_name,surname,preferred_name,class,consent_recorded_on,consent_class-social,"
                + "consent_school-social,consent_press,consent_expires_on,parent_email\n"
                + "J820300124001,Iris,Young,,Reception,2025-09-04,yes,,no,2027-08-31,mum@example.org\n";

        var step = compare(text).steps().getFirst();

        assertThat(step.purposesToRecord()).containsExactly("class-social", "press");
        assertThat(step.change().differences())
                .containsExactly(
                        new FieldDifference("Consent expires (class-social)", "", "31 Aug 2027"),
                        new FieldDifference("Consent (press)", "not asked", "no"),
                        new FieldDifference("Consent given on (press)", "", "4 Sep 2025"),
                        new FieldDifference("Parents' e-mail", "", "mum@example.org"));
    }

    @Test
    void a_new_pupil_is_new() {
        var plan = compare(demoText() + "T99999999999A,Amira,Test,,Class 3,no,\n");

        assertThat(figures(plan)).isEqualTo(new RosterImportFigures(1, 0, 0, 196));
        assertThat(plan.changes())
                .filteredOn(c -> c.kind() == RosterChangeKind.NEW)
                .singleElement()
                .extracting(RosterChange::line, RosterChange::name)
                .containsExactly(198, "Amira Test");
    }
}
