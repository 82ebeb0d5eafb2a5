package app.safepost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.security.ClaimedStaff.ClaimedSchool;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which of the portal's schools a person works in, from what their sign-in says. */
class StaffSchoolsTest {

    private static final PortalSchool FENWICK_ROAD = school("990002", "Fenwick Road Primary School");
    private static final PortalSchool JESSE_GRAY = school("990001", "Jesse Gray Primary School");
    private static final PortalSchool OF_OLD = school(null, "Jesse Gray Primary School");

    private static PortalSchool school(@Nullable String urn, String name) {
        return new PortalSchool(new SchoolId(UUID.randomUUID()), urn, name);
    }

    private static ClaimedStaff claimed(
            Set<String> realmRoles, List<String> classes, @Nullable Map<String, ClaimedSchool> schools) {
        return new ClaimedStaff(
                "someone", "Some One", "", Roles.trust(realmRoles), Roles.effective(realmRoles), classes, schools);
    }

    @Test
    void a_token_without_a_schools_claim_holds_its_realm_roles_and_classes_in_a_one_school_portal() {
        var memberships =
                StaffSchools.memberships(claimed(Set.of("head-teacher"), List.of("Class 6"), null), List.of(OF_OLD));

        assertThat(memberships)
                .containsExactly(new Membership(OF_OLD.id(), Set.of("head-teacher", "slt"), List.of("Class 6")));
    }

    @Test
    void a_token_without_a_schools_claim_holds_no_school_in_a_portal_of_several() {
        var memberships =
                StaffSchools.memberships(claimed(Set.of("slt"), List.of(), null), List.of(FENWICK_ROAD, JESSE_GRAY));

        assertThat(memberships).isEmpty();
    }

    @Test
    void the_schools_claim_gives_each_of_the_portals_schools_it_names_and_nothing_from_realm_school_roles() {
        var claim = Map.of(
                "990001",
                new ClaimedSchool(List.of("slt"), List.of()),
                "990002",
                new ClaimedSchool(List.of("teaching-assistant"), List.of("Class 1")),
                "123456",
                new ClaimedSchool(List.of("office"), List.of()));

        var memberships = StaffSchools.memberships(
                claimed(Set.of("governor"), List.of(), claim), List.of(FENWICK_ROAD, JESSE_GRAY));

        assertThat(memberships)
                .as("the portal's order; a school of another portal is not one of these")
                .containsExactly(
                        new Membership(FENWICK_ROAD.id(), Set.of("teaching-assistant"), List.of("Class 1")),
                        new Membership(JESSE_GRAY.id(), Set.of("slt"), List.of()));
    }

    @Test
    void a_trust_role_works_in_every_school_with_whatever_school_roles_the_claim_adds() {
        var claim = Map.of("990001", new ClaimedSchool(List.of("governor"), List.of()));

        var memberships = StaffSchools.memberships(
                claimed(Set.of("trust-leader"), List.of(), claim), List.of(FENWICK_ROAD, JESSE_GRAY));

        assertThat(memberships)
                .containsExactly(
                        new Membership(FENWICK_ROAD.id(), Set.of(), List.of()),
                        new Membership(JESSE_GRAY.id(), Set.of("governor"), List.of()));
    }

    @Test
    void an_unreadable_schools_claim_gives_no_school_role_anywhere() {
        var memberships =
                StaffSchools.memberships(claimed(Set.of("slt"), List.of("Class 6"), Map.of()), List.of(OF_OLD));

        assertThat(memberships)
                .as("even in a one-school portal, the realm roles do not stand in for it")
                .isEmpty();
    }

    @Test
    void the_roles_that_count_are_those_of_the_school_in_hand_and_the_trusts() {
        var jesseGray = new Membership(JESSE_GRAY.id(), Set.of("slt"), List.of());
        var fenwickRoad = new Membership(FENWICK_ROAD.id(), Set.of("teaching-assistant"), List.of("Class 1"));
        var staff = SignedInStaff.inSchool(
                "someone", "Some One", "", Set.of("trust-dpo"), List.of(fenwickRoad, jesseGray), JESSE_GRAY.id());

        assertThat(staff.roles()).containsExactlyInAnyOrder("slt", "trust-dpo");
        var moved = staff.withSchoolInHand(FENWICK_ROAD.id());
        assertThat(moved.roles()).containsExactlyInAnyOrder("teaching-assistant", "trust-dpo");
        assertThat(moved.classes()).containsExactly("Class 1");
        assertThat(moved.withoutSchoolInHand().roles()).containsExactly("trust-dpo");
        assertThat(moved.withoutSchoolInHand().schoolInHand()).isNull();
    }
}
