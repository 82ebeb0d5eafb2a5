package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** P14/P15 per purpose: the account's purpose decides whose photo may go out uncovered, and expiry counts as no. */
class ConsentPurposeChecksTest {

    private static final LocalDate END_OF_YEAR = LocalDate.of(2026, 8, 31);
    /** Noor: whole-school accounts yes, class account no. Lila: class account yes until 31 Aug 2026. Ben: nothing. */
    private static final List<RosterPupil> ROSTER = List.of(
            new RosterPupil(
                    "T00000000001A",
                    "Noor",
                    "Begum",
                    null,
                    "Class 3",
                    List.of(new PurposeConsent("school-social", null)),
                    false,
                    false),
            new RosterPupil(
                    "T00000000002A",
                    "Lila",
                    "Stone",
                    null,
                    "Class 3",
                    List.of(new PurposeConsent("class-social", END_OF_YEAR)),
                    false,
                    false),
            new RosterPupil("T00000000003A", "Ben", "Okafor", null, "Class 3", List.of(), false, false));

    private static final PostChecker CHECKER = new PostChecker(RosterIndex.build(ROSTER));

    private static AccountRules account(String kind, String purpose) {
        var accountKind = kind.equals("class") ? AccountRules.Kind.CLASS : AccountRules.Kind.WHOLE_SCHOOL;
        return new AccountRules(accountKind, AccountRules.Platform.X, Guidance.none(), purpose);
    }

    @ParameterizedTest(name = "{0} account for {1}: {2} covered {3} on {4} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            class        | class-social  | T00000000001A | false | 2026-01-10 | block | has no image consent for class-social
            class        | class-social  | T00000000001A | true  | 2026-01-10 | pass  |
            whole-school | school-social | T00000000001A | false | 2026-01-10 | pass  |
            class        | class-social  | T00000000002A | false | 2026-08-31 | pass  |
            class        | class-social  | T00000000002A | false | 2026-09-01 | block | expired on 31 Aug 2026
            class        | class-social  | T00000000002A | true  | 2026-09-01 | pass  |
            whole-school | school-social | T00000000002A | false | 2026-01-10 | block | has no image consent for school-social
            whole-school | website       | T00000000001A | false | 2026-01-10 | block | has no image consent for website
            class        | class-social  | T00000000003A | false | 2026-01-10 | block | has no image consent for class-social
            """)
    void the_purpose_of_the_account_in_hand_decides(
            String kind, String purpose, String upn, boolean covered, LocalDate day, String verdict, String message) {
        var post = new PostUnderCheck("Sports day", List.of(), List.of(new PupilInMedia(upn, covered)));

        var result = CHECKER.check(account(kind, purpose), post, day);

        assertThat(result.verdict().apiName()).isEqualTo(verdict);
        if (message != null) {
            assertThat(result.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.clause()).isEqualTo("P15");
                assertThat(finding.message()).contains(message).doesNotContain("Begum", "Stone", "Okafor");
            });
        }
    }

    @Test
    void an_account_without_a_chosen_purpose_needs_the_one_its_kind_usually_needs() {
        assertThat(new AccountRules(AccountRules.Kind.CLASS, AccountRules.Platform.X, Guidance.none()).purpose())
                .isEqualTo("class-social");
        assertThat(new AccountRules(AccountRules.Kind.WHOLE_SCHOOL, AccountRules.Platform.X, Guidance.none()).purpose())
                .isEqualTo("school-social");
    }

    @ParameterizedTest(name = "at {0} (UTC) the consent that expires on 31 Aug 2026 → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-08-31T22:59:59Z | pass
            2026-08-31T23:00:00Z | block
            2026-09-01T10:00:00Z | block
            2026-08-30T23:30:00Z | pass
            """)
    void expiry_holds_to_the_end_of_its_day_in_the_uk_by_the_portals_clock(Instant now, String verdict) {
        var checks = new ComplianceChecks(Clock.fixed(now, ZoneOffset.UTC));
        checks.update(ROSTER, null);
        var post = new PostUnderCheck("Sports day", List.of(), List.of(new PupilInMedia("T00000000002A", false)));

        var result = checks.check(account("class", "class-social"), post);

        assertThat(result.verdict().apiName()).isEqualTo(verdict);
    }

    @Test
    void a_single_image_consent_counts_for_both_social_media_purposes() {
        var legacy = new RosterPupil("T00000000004A", "Ada", "Wright", null, "Class 3", true, false);

        assertThat(legacy.consentFor("class-social", LocalDate.of(2030, 1, 1)))
                .isEqualTo(PurposeConsent.Standing.GIVEN);
        assertThat(legacy.consentFor("school-social", LocalDate.of(2030, 1, 1)))
                .isEqualTo(PurposeConsent.Standing.GIVEN);
        assertThat(legacy.consentFor("press", LocalDate.of(2030, 1, 1))).isEqualTo(PurposeConsent.Standing.NOT_GIVEN);
    }
}
