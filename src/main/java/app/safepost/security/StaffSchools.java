package app.safepost.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Matches what a sign-in says about a person to the portal's schools: which schools they work in,
 * with which roles and classes, and which school is in hand to begin with.
 */
@Component
class StaffSchools {

    private static final Logger log = LoggerFactory.getLogger(StaffSchools.class);

    /** Which school a sign-in puts in hand when the person works in several. */
    enum FirstSchool {
        /** Screens: the school chosen last in the header, else the first. */
        LAST_CHOSEN,
        /** The API: none, until the {@code Safepost-School} header names one. */
        NONE
    }

    private final ObjectProvider<PortalSchools> schools;

    StaffSchools(ObjectProvider<PortalSchools> schools) {
        this.schools = schools;
    }

    SignedInStaff signIn(ClaimedStaff claimed, FirstSchool first) {
        var portal = schools.getIfAvailable();
        var all = portal == null ? List.<PortalSchool>of() : portal.all();
        var memberships = memberships(claimed, all);
        SchoolId inHand = null;
        if (memberships.size() == 1) {
            inHand = memberships.getFirst().school();
        } else if (memberships.size() > 1 && first == FirstSchool.LAST_CHOSEN) {
            inHand = lastChosen(portal, claimed.username(), memberships)
                    .orElse(memberships.getFirst().school());
        }
        return SignedInStaff.inSchool(
                claimed.username(), claimed.displayName(), claimed.email(), claimed.trustRoles(), memberships, inHand);
    }

    /**
     * The schools a person works in, in the portal's order. With a {@code schools} claim, the schools
     * it names by URN (others are not this portal's); without one, a one-school realm's realm roles and
     * classes in the portal's only school. A trust role works in every school.
     */
    static List<Membership> memberships(ClaimedStaff claimed, List<PortalSchool> schools) {
        var memberships = new ArrayList<Membership>();
        for (var school : schools) {
            var held = held(claimed, school, schools.size());
            if (held != null) {
                memberships.add(held);
            } else if (!claimed.trustRoles().isEmpty()) {
                memberships.add(new Membership(school.id(), Set.of(), List.of()));
            }
        }
        if (claimed.schools() == null && schools.size() > 1 && memberships.isEmpty()) {
            log.warn(
                    "{} signed in without a schools claim to a portal of {} schools: they hold no school's role"
                            + " until Keycloak gives them one",
                    claimed.username(),
                    schools.size());
        }
        return memberships;
    }

    private static @Nullable Membership held(ClaimedStaff claimed, PortalSchool school, int schoolsOfThePortal) {
        if (claimed.schools() == null) {
            return schoolsOfThePortal == 1
                    ? new Membership(school.id(), claimed.realmRoles(), claimed.realmClasses())
                    : null;
        }
        var entry = school.urn() == null ? null : claimed.schools().get(school.urn());
        return entry == null ? null : new Membership(school.id(), Roles.effective(entry.roles()), entry.classes());
    }

    private static Optional<SchoolId> lastChosen(PortalSchools portal, String username, List<Membership> memberships) {
        return portal.lastChosenBy(username)
                .filter(id -> memberships.stream().anyMatch(m -> m.school().equals(id)));
    }
}
