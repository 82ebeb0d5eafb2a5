package app.safepost.pupils.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.pupils.RosterProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** The roster file parser on the demo roster and on every kind of bad input. */
class RosterCsvTest {

    static final List<String> CLASSES =
            List.of("Reception", "Class 1", "Class 2", "Class 3", "Class 4", "Class 5", "Class 6");
    static final String HEADER = "upn,first_name,surname,preferred_name,class,image_consent,consent_recorded_on\n";
    static final String GOOD = "J820300124001,Iris,Young,,Reception,yes,2025-09-04\n";
    static final RosterCsv.Purposes PURPOSES = new RosterCsv.Purposes(
            List.of("class-social", "school-social", "website", "print", "press"),
            List.of("newsletter"),
            List.of("class-social", "school-social"));
    static final Map<String, Boolean> BOTH_SOCIAL_YES = Map.of("class-social", true, "school-social", true);

    static byte[] demoRoster() {
        try (var in = new ClassPathResource("demo/pupils.csv").getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RosterCsv.Parsed parse(String text) {
        return RosterCsv.parse(text.getBytes(StandardCharsets.UTF_8), CLASSES, PURPOSES);
    }

    private static RosterProblem onlyProblem(RosterCsv.Parsed parsed) {
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).hasSize(1);
        return parsed.problems().getFirst();
    }

    @Test
    void the_demo_roster_reads_as_196_pupils_with_names_as_typed() {
        var parsed = RosterCsv.parse(demoRoster(), CLASSES, PURPOSES);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(196);
        assertThat(parsed.rows().getFirst())
                .isEqualTo(new RosterCsv.Row(
                        2,
                        "J820300124001",
                        "Iris",
                        "Young",
                        null,
                        "Reception",
                        BOTH_SOCIAL_YES,
                        LocalDate.of(2025, 9, 4),
                        null,
                        null));
        assertThat(parsed.rows()).extracting(RosterCsv.Row::surname).contains("O'Neill", "da Silva", "van der Berg");
        assertThat(parsed.rows()).extracting(RosterCsv.Row::firstName).contains("Zoë", "Siobhán");
        assertThat(parsed.rows().stream()
                        .filter(r -> !r.consents().get("class-social"))
                        .count())
                .isEqualTo(32);
        assertThat(parsed.rows())
                .allSatisfy(r -> assertThat(r.consents()).containsOnlyKeys("class-social", "school-social"));
    }

    @Test
    void a_byte_order_mark_crlf_line_ends_and_quoted_values_are_read() {
        var text = "\uFEFF" + HEADER.replace("\n", "\r\n")
                + "J820300124001,\"Anne, Marie\",\"O\"\"Brien\",,Class 3,no,\r\n";

        var parsed = parse(text);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().getFirst().firstName()).isEqualTo("Anne, Marie");
        assertThat(parsed.rows().getFirst().surname()).isEqualTo("O\"Brien");
        assertThat(parsed.rows().getFirst().consentRecordedOn()).isNull();
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_at_the_first_bad_character() {
        var windows1252 =
                (HEADER + GOOD + "J820300124002,Zo\u00eb,Young,,Reception,no,\n").getBytes(StandardCharsets.ISO_8859_1);

        var problem = onlyProblem(RosterCsv.parse(windows1252, CLASSES, PURPOSES));

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message())
                .isEqualTo(
                        "Character 17 (byte 0xEB) is not UTF-8. Save the file as \"CSV UTF-8\" and upload it again.");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(onlyProblem(parse("")).describe()).startsWith("Line 1: The file is empty.");
        assertThat(onlyProblem(parse("\uFEFF\n  \n")).message()).startsWith("The file is empty.");
        assertThat(onlyProblem(parse(HEADER)).describe()).isEqualTo("Line 2: The file has a header row but no pupils.");
    }

    @Test
    void a_50_mb_file_is_refused_without_being_read() {
        var huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');

        var problem = onlyProblem(RosterCsv.parse(huge, CLASSES, PURPOSES));

        assertThat(problem.line()).isNull();
        assertThat(problem.message()).startsWith("The file is 50.0 MB; a roster file can be at most 1 MB.");
    }

    @Test
    void a_missing_column_is_named() {
        var problem = onlyProblem(parse("upn,first_name,surname,class,image_consent,consent_recorded_on\n" + GOOD));

        assertThat(problem.describe())
                .isEqualTo("Line 1, column preferred_name: Column preferred_name is missing."
                        + " The header must have upn,first_name,surname,preferred_name,class,consent_recorded_on, then"
                        + " image_consent or consent_class-social, consent_school-social, consent_website, consent_print,"
                        + " consent_press, and may have consent_expires_on and parent_email.");
    }

    @Test
    void an_extra_column_is_named() {
        var problem = onlyProblem(parse(HEADER.strip() + ",date_of_birth\n" + GOOD));

        assertThat(problem.describe())
                .startsWith("Line 1, column date_of_birth: Column 8 (date_of_birth) is not"
                        + " part of the roster format.");
    }

    @Test
    void a_line_with_a_missing_or_extra_value_is_named() {
        var parsed = parse(HEADER + GOOD + "J820300124002,Faith,McDonald,Reception,no,2025-09-04\n"
                + "J820300124003,Priya,Black,,Reception,no,2025-09-04,extra\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(RosterProblem::describe)
                .containsExactly(
                        "Line 3: This line has 6 values but the header has 7. Check for a missing or extra comma.",
                        "Line 4: This line has 8 values but the header has 7. Check for a missing or extra comma.");
    }

    @Test
    void a_duplicate_upn_names_both_lines() {
        var problem = onlyProblem(parse(HEADER + GOOD + "J820300124002,Faith,McDonald,,Reception,no,\n"
                + "J820300124001,Iris,Young,,Reception,yes,2025-09-04\n"));

        assertThat(problem.describe())
                .isEqualTo("Line 4, column upn: UPN J820300124001 is also on line 2; each pupil can appear only once.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown class            | J820300124001,Iris,Young,,Class 9,yes,2025-09-04 | class | There is no class named "Class 9". The classes are: Reception, Class 1, Class 2, Class 3, Class 4, Class 5, Class 6.
            malformed date           | J820300124001,Iris,Young,,Reception,yes,04/09/2025 | consent_recorded_on | "04/09/2025" is not a date like 2025-09-04 (year-month-day).
            impossible date          | J820300124001,Iris,Young,,Reception,yes,2025-02-30 | consent_recorded_on | "2025-02-30" is not a date like 2025-09-04 (year-month-day).
            consent without date     | J820300124001,Iris,Young,,Reception,yes, | consent_recorded_on | Enter the date consent was recorded, like 2025-09-04; it is required when a consent is yes.
            consent not yes or no    | J820300124001,Iris,Young,,Reception,Y,2025-09-04 | image_consent | "Y" is not yes or no.
            malformed upn            | J82030012400,Iris,Young,,Reception,yes,2025-09-04 | upn | "J82030012400" is not a UPN: 13 characters, a capital letter, 11 digits, then a digit or capital letter (like J820300124001).
            lower-case upn           | j820300124001,Iris,Young,,Reception,yes,2025-09-04 | upn | "j820300124001" is not a UPN: 13 characters, a capital letter, 11 digits, then a digit or capital letter (like J820300124001).
            missing upn              | ,Iris,Young,,Reception,yes,2025-09-04 | upn | Enter the pupil's UPN.
            missing first name       | J820300124001,,Young,,Reception,yes,2025-09-04 | first_name | Enter the first name.
            missing surname          | J820300124001,Iris, ,,Reception,yes,2025-09-04 | surname | Enter the surname.
            missing class            | J820300124001,Iris,Young,,,yes,2025-09-04 | class | Enter the pupil's class.
            name over 60 characters  | J820300124001,Iris,YoungyoungyoungyoungyoungyoungyoungyoungyoungyoungyoungyoungX,,Reception,yes,2025-09-04 | surname | The surname is 61 characters long; it can be at most 60.
            formula in a name        | `J820300124001,"=HYPERLINK(""http://evil.example"",""Click"")",Young,,Reception,yes,2025-09-04` | first_name | A name cannot start with = + - @, a tab or a carriage return (spreadsheet formula).
            plus formula             | J820300124001,Iris,+SUM(A1),,Reception,yes,2025-09-04 | surname | A name cannot start with = + - @, a tab or a carriage return (spreadsheet formula).
            minus formula            | J820300124001,Iris,Young,-2+3,Reception,yes,2025-09-04 | preferred_name | A name cannot start with = + - @, a tab or a carriage return (spreadsheet formula).
            at formula               | J820300124001,@cmd,Young,,Reception,yes,2025-09-04 | first_name | A name cannot start with = + - @, a tab or a carriage return (spreadsheet formula).
            formula after spaces     | J820300124001,  =1+1,Young,,Reception,yes,2025-09-04 | first_name | A name cannot start with = + - @, a tab or a carriage return (spreadsheet formula).
            """)
    void a_bad_value_is_reported_with_its_line_and_column(String what, String line, String column, String message) {
        var problem = onlyProblem(parse(HEADER + line + "\n"));

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(column);
        assertThat(problem.message()).isEqualTo(message);
    }

    @Test
    void a_tab_or_carriage_return_before_a_name_is_refused() {
        var parsed = parse(HEADER + "J820300124001,\"\tIris\",Young,,Reception,yes,2025-09-04\n"
                + "J820300124002,Faith,\"\r=cmd\",,Reception,no,\n");

        assertThat(parsed.problems())
                .extracting(RosterProblem::describe)
                .containsExactly(
                        "Line 2, column first_name: A name cannot start with = + - @, a tab or a carriage return (spreadsheet formula).",
                        "Line 3, column surname: A name cannot start with = + - @, a tab or a carriage return (spreadsheet formula).");
    }

    @Test
    void every_bad_line_is_listed_and_no_row_is_returned() {
        var parsed = parse(HEADER + GOOD + "J820300124002,,McDonald,,Class 9,maybe,\n"
                + "J820300124003,Priya,Black,,Reception,no,\n" + "BAD,Ivy,Nowak,,Reception,yes,2025-09-04\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .extracting(p -> p.line() + ":" + p.column())
                .containsExactly("3:first_name", "3:class", "3:image_consent", "5:upn");
    }

    @Test
    void a_quoted_value_over_two_lines_is_reported_on_the_line_where_it_starts() {
        var parsed = parse(HEADER + GOOD + "J820300124002,\"Faith\nAnn\",McDonald,,Reception,no,\n"
                + "J820300124003,Priya,Black,,Class 9,no,\n");

        assertThat(parsed.problems())
                .extracting(RosterProblem::describe)
                .containsExactly(
                        "Line 3, column first_name: The first name contains a line break or control character.",
                        "Line 5, column class: There is no class named \"Class 9\". The classes are: Reception, Class 1,"
                                + " Class 2, Class 3, Class 4, Class 5, Class 6.");
    }

    @Test
    void an_unclosed_quote_is_reported() {
        var parsed = parse(HEADER + GOOD + "J820300124002,\"Faith,McDonald,,Reception,no,\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("A quoted value is not closed");
        });
    }

    @Test
    void blank_lines_are_ignored_and_the_header_is_case_insensitive_in_any_order() {
        var parsed = parse("UPN,Surname,first_name,preferred_name,class,image_consent,consent_recorded_on\n\n"
                + "J820300124001,Young,Iris,,Reception,NO,\n\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .containsExactly(new RosterCsv.Row(
                        3,
                        "J820300124001",
                        "Iris",
                        "Young",
                        null,
                        "Reception",
                        Map.of("class-social", false, "school-social", false),
                        null,
                        null,
                        null));
    }

    @Test
    void a_column_per_purpose_gives_each_answer_and_empty_means_not_asked() {
        var parsed = parse(
                "upn,first_name,surname,preferred_name,class,consent_recorded_on,consent_class-social,"
                        + "consent_school-social,consent_press,consent_expires_on,parent_email\n"
                        + "J820300124001,Iris,Young,,Reception,2026-09-03,no,yes,,2027-08-31,\"mum@example.org; Dad@Example.org\"\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().getFirst()).satisfies(row -> {
            assertThat(row.consents()).isEqualTo(Map.of("class-social", false, "school-social", true));
            assertThat(row.consentExpiresOn()).isEqualTo(LocalDate.of(2027, 8, 31));
            assertThat(row.parentEmails()).containsExactly("mum@example.org", "dad@example.org");
        });
    }

    @Test
    void a_purpose_column_wins_over_image_consent_for_its_purpose() {
        var parsed = parse("upn,first_name,surname,preferred_name,class,image_consent,consent_recorded_on,"
                + "consent_class-social\nJ820300124001,Iris,Young,,Reception,yes,2026-09-03,no\n"
                + "J820300124002,Faith,McDonald,,Reception,,2026-09-03,yes\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows())
                .extracting(RosterCsv.Row::consents)
                .containsExactly(Map.of("class-social", false, "school-social", true), Map.of("class-social", true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown purpose     | consent_tiktok    | J820300124001,Iris,Young,,Reception,2026-09-03,yes | consent_tiktok | Column consent_tiktok names no consent purpose. The purposes are: consent_class-social, consent_school-social, consent_website, consent_print, consent_press.
            retired purpose     | consent_newsletter | J820300124001,Iris,Young,,Reception,2026-09-03,yes | consent_newsletter | Column consent_newsletter names a retired consent purpose. The purposes are: consent_class-social, consent_school-social, consent_website, consent_print, consent_press.
            not yes or no       | consent_press     | J820300124001,Iris,Young,,Reception,2026-09-03,maybe | consent_press | "maybe" is not yes or no, nor empty for not asked.
            expiry before given | consent_press,consent_expires_on | J820300124001,Iris,Young,,Reception,2026-09-03,yes,2026-09-01 | consent_expires_on | The consent cannot expire before the day it was recorded (2026-09-03).
            bad expiry          | consent_press,consent_expires_on | J820300124001,Iris,Young,,Reception,2026-09-03,yes,31/08/2027 | consent_expires_on | "31/08/2027" is not a date like 2025-09-04 (year-month-day).
            bad parent e-mail   | consent_press,parent_email | J820300124001,Iris,Young,,Reception,2026-09-03,yes,mum at home | parent_email | "mum" is not an e-mail address like name@example.org.
            three addresses     | consent_press,parent_email | `J820300124001,Iris,Young,,Reception,2026-09-03,yes,"a@x.org;b@x.org;c@x.org"` | parent_email | Give at most two addresses, separated by a semicolon.
            """)
    void a_bad_consent_column_or_value_is_named(
            String what, String columns, String line, String column, String message) {
        var problem = onlyProblem(parse(
                "upn,first_name,surname,preferred_name,class,consent_recorded_on," + columns + "\n" + line + "\n"));

        assertThat(problem.column()).isEqualTo(column);
        assertThat(problem.message()).isEqualTo(message);
    }

    @Test
    void a_file_without_any_consent_column_is_refused() {
        var problem = onlyProblem(parse("upn,first_name,surname,preferred_name,class,consent_recorded_on\n"
                + "J820300124001,Iris,Young,,Reception,2026-09-03\n"));

        assertThat(problem.describe()).startsWith("Line 1, column image_consent: The header has no consent column");
    }
}
