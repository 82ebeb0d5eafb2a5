package app.safepost.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Warnings the policy does not name: contact details and a trip's live location. Each row: the
 * text, the clause expected (or {@code -} for none) and what the finding points at.
 */
class BeyondThePolicyTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Call us on 07700 900123                           | contact-details | 07700 900123
            Call us on 07700900123                            | contact-details | 07700900123
            Call us on +44 7700 900123                        | contact-details | +44 7700 900123
            Call us on +447700900123                          | contact-details | +447700900123
            Call us on 020 7946 0958                          | contact-details | 020 7946 0958
            Call us on (020) 7946 0958                        | contact-details | (020) 7946 0958
            Call us on +44 (0)20 7946 0958                    | contact-details | +44 (0)20 7946 0958
            Call us on 0161 496 0000                          | contact-details | 0161 496 0000
            Call us on 01632-960-123                          | contact-details | 01632-960-123
            We scored 0 10 20 30 40 50 points                 | -               | -
            Term starts 04/09/2025                            | -               | -
            Our school number is 1234567890                   | -               | -
            Write to head@example.org today                   | contact-details | head@example.org
            Write to first.last+school@mail.example.co.uk     | contact-details | first.last+school@mail.example.co.uk
            Follow @JGP_Owls                                   | -               | -
            Follow @jgp@mastodon.example                       | -               | -
            She lives at 12 Acacia Avenue                      | contact-details | 12 Acacia Avenue
            Drop it at 3 Mill Lane please                      | contact-details | 3 Mill Lane
            Meet at 221b Baker Street                          | contact-details | 221b Baker Street
            We ran 3 laps of the lane                          | -               | -
            Post it to AB1 2CD                                 | contact-details | AB1 2CD
            Post it to SW1A 1AA                                | contact-details | SW1A 1AA
            Post it to M1 1AE                                  | contact-details | M1 1AE
            We are in Year 6 and Class 3                       | -               | -
            We are at the zoo right now!                      | live-location   | We are at the zoo right now
            We're at the museum today                          | live-location   | We're at the museum today
            Right now we are at the beach                      | live-location   | Right now we are at
            Currently at the Science Museum                    | live-location   | Currently at
            We are currently visiting the castle               | live-location   | currently visiting
            Here at the farm today, lambs!                     | live-location   | Here at the farm today
            We have just arrived at the aquarium               | live-location   | just arrived at
            Live from the beach!                               | live-location   | Live from
            We were at the zoo today                           | -               | -
            We are at our best when we read                    | -               | -
            We are at the zoo. Tomorrow we rest                | -               | -
            """)
    void contact_details_and_live_locations_warn(String text, String clause, String span) {
        var result = Checks.check("whole-school", text);

        if (clause == null) {
            assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.PASS);
        } else {
            assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.WARN);
            var finding = result.findings().getFirst();
            assertThat(finding.clause()).isEqualTo(clause);
            assertThat(finding.severity()).isEqualTo(Severity.WARN);
            assertThat(Checks.spanOf(text, finding)).isEqualTo(span);
        }
    }
}
