package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may read pupils' names in free text, by the roles they hold. */
class PupilNameReadersTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            teacher                      | true
            teaching-assistant           | true
            computing-lead               | true
            office                       | true
            slt                          | true
            head-teacher                 | true
            governor                     | false
            governor teacher             | false
            governor computing-lead      | false
            governor slt                 | true
            governor office              | true
            trust-leader                 | false
            trust-dpo                    | false
            trust-leader teaching-assistant | false
            trust-dpo office             | true
            ''                           | false
            someone-elses-role           | false
            """)
    void governors_and_the_trusts_roles_never_read_pupils_names_unless_they_hold_the_whole_roster(
            String roles, boolean reads) {
        List<String> held = roles.isBlank() ? List.of() : Arrays.asList(roles.split(" "));
        assertThat(Roles.readPupilNames(held)).isEqualTo(reads);
    }
}
