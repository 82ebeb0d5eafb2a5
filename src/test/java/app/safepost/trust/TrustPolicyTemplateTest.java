package app.safepost.trust;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.security.DemoSchool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The trust's policy template names the new school wherever the policy it was made from named its own. */
class TrustPolicyTemplateTest {

    @Test
    void every_way_the_template_names_its_school_becomes_the_new_schools_name() throws IOException {
        String original;
        try (var in = new ClassPathResource(TrustSchools.TEMPLATE).getInputStream()) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var namings = Pattern.compile("Jesse Gray(?: Primary)?(?: School)?", Pattern.CASE_INSENSITIVE)
                .matcher(original)
                .results()
                .count();

        var text = TrustSchools.template("Oakfield Primary School");

        assertThat(namings).as("the template names its school in several ways").isGreaterThan(3);
        assertThat(text)
                .doesNotContainIgnoringCase("Jesse Gray")
                .contains("Oakfield Primary School Twitter")
                .doesNotContainIgnoringCase("Oakfield Primary School Primary")
                .doesNotContainIgnoringCase("Oakfield Primary School School");
        assertThat(Pattern.compile("Oakfield Primary School")
                        .matcher(text)
                        .results()
                        .count())
                .isEqualTo(namings);
    }

    @Test
    void the_names_replaced_are_read_from_the_demo_schools_own_data() {
        var school = new DemoSchool(
                "990009",
                "Bramley Church of England Primary School",
                "Bramley CofE Primary",
                "office@bramley.example",
                "",
                "",
                "@Bramley");

        var names = TrustSchools.namesOf(school);

        assertThat(names.matcher("Bramley Church of England Primary School").replaceAll("X"))
                .isEqualTo("X");
        assertThat(names.matcher("Bramley CofE Primary staff").replaceAll("X")).isEqualTo("X staff");
        assertThat(names.matcher("at bramley church of england, today").replaceAll("X"))
                .isEqualTo("at X, today");
        assertThat(names.matcher("Fenwick Road Primary School").find()).isFalse();
    }
}
