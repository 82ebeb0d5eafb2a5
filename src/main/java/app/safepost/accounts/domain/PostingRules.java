package app.safepost.accounts.domain;

import app.safepost.accounts.AccountKind;
import app.safepost.security.Roles;
import java.util.Set;

/**
 * Who may draft for and publish to an account (P1, P2, P4). Derived from roles, class staffing and
 * trip delegations, never kept by hand; pure, so every case is a plain unit test.
 *
 * <table>
 * <caption>Posting rights</caption>
 * <tr><th>person</th><th>class account</th><th>whole-school account</th></tr>
 * <tr><td>SLT (the head teacher included)</td><td>draft, publish</td><td>draft, publish</td></tr>
 * <tr><td>the class's teacher or TA (role teacher or teaching-assistant, staffing from the school
 *     directory)</td><td>draft</td><td>none</td></tr>
 * <tr><td>a teacher with a trip delegation current at that moment</td><td>as above</td>
 *     <td>draft, publish (posts stamped with the delegation for SLT review)</td></tr>
 * <tr><td>anyone else: other classes' staff, office, governors, the Computing Lead as such</td>
 *     <td>none</td><td>none</td></tr>
 * <tr><td>anyone, on an inactive account</td><td>none</td><td>none</td></tr>
 * </table>
 */
public final class PostingRules {

    private PostingRules() {}

    public enum Right {
        NONE,
        DRAFT,
        DRAFT_AND_PUBLISH;

        public boolean mayDraft() {
            return this != NONE;
        }

        public boolean mayPublish() {
            return this == DRAFT_AND_PUBLISH;
        }
    }

    /** The person asking, with their effective roles. */
    public record Poster(String username, Set<String> roles) {
        public Poster {
            roles = Set.copyOf(roles);
        }
    }

    /**
     * The account asked about.
     *
     * @param classStaff usernames of the owning class's teacher and TAs; empty for the whole-school account
     */
    public record Target(AccountKind kind, boolean active, Set<String> classStaff) {
        public Target {
            classStaff = Set.copyOf(classStaff);
        }
    }

    /**
     * @param delegated whether the poster holds a trip delegation for this account current at the
     *                  moment asked about (see {@link TripDelegationRules#isActive})
     */
    public static Right rightOf(Poster poster, Target account, boolean delegated) {
        if (!account.active()) {
            return Right.NONE;
        }
        if (poster.roles().contains(Roles.SLT)) {
            return Right.DRAFT_AND_PUBLISH;
        }
        return switch (account.kind()) {
            case WHOLE_SCHOOL ->
                delegated && poster.roles().contains(Roles.TEACHER) ? Right.DRAFT_AND_PUBLISH : Right.NONE;
            case CLASS ->
                account.classStaff().contains(poster.username())
                                && (poster.roles().contains(Roles.TEACHER)
                                        || poster.roles().contains(Roles.TEACHING_ASSISTANT))
                        ? Right.DRAFT
                        : Right.NONE;
        };
    }
}
