package app.safepost.trust;

import app.safepost.approval.ReviewQueue;
import app.safepost.audit.IntegrityCheck;
import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftDetails;
import app.safepost.moderation.Incidents;
import app.safepost.policies.PolicyLibrary;
import app.safepost.policies.ReviewState;
import app.safepost.publishing.Publishing;
import app.safepost.pupils.ConsentExpiries;
import app.safepost.pupils.ConsentRegister;
import app.safepost.school.Schools;
import app.safepost.security.PortalSchool;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The trust's overview: per school of the trust, what waits for a decision, incidents open and serious,
 * policy reviews due or overdue, photo consents about to expire, posts that failed to go out and the
 * latest integrity check. Each school's figures are read through the modules' own services with that
 * school in hand, as the portal's own work (the trust's roles hold none of the school roles those
 * reads need, and only counts leave this class), each school on a thread of its own so that its
 * transactions and connections are that school's alone.
 */
@Service
public class TrustOverview {

    private final Schools schools;
    private final ReviewQueue reviews;
    private final Incidents incidents;
    private final PolicyLibrary policies;
    private final ConsentRegister consents;
    private final Publishing publishing;
    private final IntegrityCheck integrity;
    private final Clock clock;

    TrustOverview(
            Schools schools,
            ReviewQueue reviews,
            Incidents incidents,
            PolicyLibrary policies,
            ConsentRegister consents,
            Publishing publishing,
            IntegrityCheck integrity,
            Clock clock) {
        this.schools = schools;
        this.reviews = reviews;
        this.incidents = incidents;
        this.policies = policies;
        this.consents = consents;
        this.publishing = publishing;
        this.integrity = integrity;
        this.clock = clock;
    }

    /** Every school of the trust, by name (a trust role works in every one, those added since sign-in too). */
    @PreAuthorize(Roles.IS_TRUST)
    public List<SchoolFigures> schools() {
        return schools.all().stream()
                .map(school -> PortalTask.runAsSystemApartIn(school.id(), () -> figuresOf(school)))
                .toList();
    }

    /** One page of {@link #schools()}: only the page's schools are read and their figures counted. */
    @PreAuthorize(Roles.IS_TRUST)
    public Page<SchoolFigures> schools(Pageable page) {
        return schools.all(page).map(school -> PortalTask.runAsSystemApartIn(school.id(), () -> figuresOf(school)));
    }

    /** How many schools {@link #schools()} holds. */
    @PreAuthorize(Roles.IS_TRUST)
    public long schoolCount() {
        return schools.count();
    }

    /** One school's figures, with that school in hand. */
    private SchoolFigures figuresOf(PortalSchool school) {
        var today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        var oldest = reviews.queue().stream()
                .map(DraftDetails::submittedAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        var states = policies.currentPolicies().stream()
                .map(policy -> policy.stateOn(today))
                .toList();
        var latest = integrity.recentChecks().stream()
                .findFirst()
                .map(check -> new SchoolFigures.Integrity(check.checkedAt(), check.intact(), check.inWords()))
                .orElse(null);
        return new SchoolFigures(
                school.id(),
                school.urn(),
                school.name(),
                reviews.waiting(),
                oldest,
                incidents.openCount(),
                incidents.openSeriousCount(),
                count(states, ReviewState.DUE_SOON),
                count(states, ReviewState.OVERDUE),
                consents.expiringWithin(ConsentExpiries.SOON_DAYS).size(),
                publishing.failedCount(),
                latest);
    }

    private static long count(List<ReviewState> states, ReviewState state) {
        return states.stream().filter(state::equals).count();
    }
}
