package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.security.ClaimedStaff.ClaimedSchool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.oauth2.core.ClaimAccessor;

/** What a Keycloak token says about a person: realm roles, and their schools by URN. */
@ExtendWith(OutputCaptureExtension.class)
class StaffClaimsTest {

    private static ClaimAccessor token(Map<String, Object> extra) {
        var claims = new LinkedHashMap<String, Object>(Map.of(
                "sub",
                "f00d",
                "preferred_username",
                "music",
                "name",
                "Sam Idowu",
                "email",
                "s.idowu@graylearning.example"));
        claims.putAll(extra);
        return () -> claims;
    }

    @Test
    void the_schools_claim_as_json_text_gives_roles_and_classes_per_urn() {
        var claimed = StaffClaims.claimed(token(Map.of(
                "schools",
                "{\"990001\": {\"roles\": [\"teaching-assistant\"], \"classes\": [\"Class 2\"]},"
                        + " \"990002\": {\"roles\": [\"teaching-assistant\"], \"classes\": [\"Class 1\"]}}")));

        assertThat(claimed.username()).isEqualTo("music");
        assertThat(claimed.schools())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "990001", new ClaimedSchool(List.of("teaching-assistant"), List.of("Class 2")),
                        "990002", new ClaimedSchool(List.of("teaching-assistant"), List.of("Class 1"))));
    }

    @Test
    void the_schools_claim_as_a_json_object_reads_the_same() {
        var claimed = StaffClaims.claimed(token(Map.of(
                "schools", Map.of("990002", Map.of("roles", List.of("head-teacher", "slt"))))));

        assertThat(claimed.schools())
                .containsExactlyEntriesOf(
                        Map.of("990002", new ClaimedSchool(List.of("head-teacher", "slt"), List.of())));
    }

    @Test
    void without_a_schools_claim_the_realm_roles_and_classes_are_a_one_school_realms() {
        var claimed = StaffClaims.claimed(token(
                Map.of("roles", List.of("teacher", "trust-dpo", "offline_access"), "classes", List.of("Class 3"))));

        assertThat(claimed.schools()).as("no schools claim at all").isNull();
        assertThat(claimed.realmRoles()).containsExactly("teacher");
        assertThat(claimed.realmClasses()).containsExactly("Class 3");
        assertThat(claimed.trustRoles()).containsExactly("trust-dpo");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"990001\": {\"roles\": [\"slt\"]",
                "not json at all",
                "[\"990001\"]",
                "{\"990001\": [\"slt\"]}",
                "{\"990001\": {\"roles\": {\"slt\": true}}}",
                "{\"990001\": {\"roles\": [1]}}"
            })
    void a_schools_claim_that_cannot_be_read_gives_no_school_and_a_warning_naming_the_person(
            String claim, CapturedOutput log) {
        var claimed = StaffClaims.claimed(token(Map.of("schools", claim, "roles", List.of("trust-leader", "slt"))));

        assertThat(claimed.schools()).as("a claim, but no school from it").isEmpty();
        assertThat(claimed.trustRoles())
                .as("the trust's roles are realm roles, read as ever")
                .containsExactly("trust-leader");
        assertThat(log.getOut())
                .contains("WARN")
                .contains("The schools claim of music cannot be read")
                .doesNotContain("Exception");
    }

    @Test
    void a_blank_role_or_class_is_left_out_and_a_single_text_counts_as_one() {
        var claimed = StaffClaims.claimed(
                token(Map.of("schools", "{\"990001\": {\"roles\": \"teacher\", \"classes\": [\"Class 3\", \" \"]}}")));

        assertThat(claimed.schools().get("990001"))
                .isEqualTo(new ClaimedSchool(List.of("teacher"), List.of("Class 3")));
    }
}
