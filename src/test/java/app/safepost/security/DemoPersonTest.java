package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.security.ClaimedStaff.ClaimedSchool;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo trust's people, as the local demo sign-in and the demo realm know them. */
class DemoPersonTest {

    private static final Map<String, DemoPerson> PEOPLE =
            DemoPerson.everyone().stream().collect(Collectors.toMap(DemoPerson::username, Function.identity()));

    @Test
    void jesse_grays_users_work_in_jesse_gray_only_and_fenwick_roads_in_fenwick_road_only() {
        assertThat(PEOPLE.get("teacher").claimed().schools())
                .containsExactlyEntriesOf(
                        Map.of(DemoSchool.JESSE_GRAY_URN, new ClaimedSchool(List.of("teacher"), List.of("Class 3"))));
        assertThat(PEOPLE.get("fr-head").claimed().schools()).containsOnlyKeys(DemoSchool.FENWICK_ROAD_URN);
        assertThat(PEOPLE)
                .containsKeys(
                        "head",
                        "deputy",
                        "computing",
                        "teacher4",
                        "ta",
                        "office",
                        "governor",
                        "fr-teacher",
                        "fr-office",
                        "fr-governor")
                .hasSize(14);
    }

    @Test
    void the_trusts_teaching_assistant_works_in_a_class_of_each_school() {
        assertThat(PEOPLE.get("music").claimed().schools())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        DemoSchool.JESSE_GRAY_URN, new ClaimedSchool(List.of("teaching-assistant"), List.of("Class 2")),
                        DemoSchool.FENWICK_ROAD_URN,
                                new ClaimedSchool(List.of("teaching-assistant"), List.of("Class 1"))));
        assertThat(PEOPLE.get("music").trustRoles()).isEmpty();
    }

    @Test
    void the_trust_leader_holds_trust_roles_and_no_schools_roles() {
        var trust = PEOPLE.get("trust");

        assertThat(trust.trustRoles()).containsExactlyInAnyOrder(Roles.TRUST_LEADER, Roles.TRUST_DPO);
        assertThat(trust.claimed().schools()).isEmpty();
        assertThat(trust.displayName()).isEqualTo("Ruth Calder");
    }

    @Test
    void the_demo_schools_staff_are_its_own_and_the_trusts_people_who_work_there() {
        assertThat(DemoStaff.load())
                .extracting(DemoStaff::username)
                .containsExactly(
                        "head", "deputy", "computing", "teacher", "teacher4", "ta", "office", "governor", "music");
        assertThat(DemoStaff.of(DemoSchool.FENWICK_ROAD_URN))
                .extracting(DemoStaff::username)
                .containsExactly("fr-head", "fr-teacher", "fr-office", "fr-governor", "music");
    }
}
