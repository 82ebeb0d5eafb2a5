package app.safepost.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The portal's roles, used as they are in {@code @RolesAllowed} and, through the expressions below, in
 * {@code @PreAuthorize}. A person may hold several. School roles are held per school, and a check of
 * one means "in the school in hand"; trust roles are held in every school of the trust.
 */
public final class Roles {

    public static final String TEACHER = "teacher";
    public static final String TEACHING_ASSISTANT = "teaching-assistant";
    public static final String SLT = "slt";
    public static final String COMPUTING_LEAD = "computing-lead";
    public static final String OFFICE = "office";
    public static final String GOVERNOR = "governor";
    public static final String HEAD_TEACHER = "head-teacher";
    /** The Designated Safeguarding Lead: flags pupils who may never be published. */
    public static final String DSL = "dsl";
    /**
     * The school's data protection officer: answers a parent's subject access request and erases a pupil's
     * photos. Reads pupils' names, as that is the point of the role.
     */
    public static final String DPO = "dpo";

    public static final List<String> ALL =
            List.of(TEACHER, TEACHING_ASSISTANT, SLT, COMPUTING_LEAD, OFFICE, GOVERNOR, HEAD_TEACHER, DSL, DPO);

    /** The trust's central team. Held across the trust, in every school; every role above is held per school. */
    public static final String TRUST_LEADER = "trust-leader";

    public static final String TRUST_DPO = "trust-dpo";

    public static final List<String> TRUST = List.of(TRUST_LEADER, TRUST_DPO);

    /** Roles that never read a pupil's name: what reaches them in free text is masked. */
    public static final List<String> WITHOUT_PUPIL_NAMES = List.of(GOVERNOR, TRUST_LEADER, TRUST_DPO);
    /** Roles that hold the whole roster, so read pupils' names whatever other role they also hold. */
    public static final List<String> WITH_THE_WHOLE_ROSTER = List.of(SLT, OFFICE, HEAD_TEACHER);

    /** Method-security expressions built from the names above. */
    public static final String IS_SIGNED_IN = "isAuthenticated()";

    public static final String IS_SLT = "hasRole('" + SLT + "')";
    public static final String IS_OFFICE = "hasRole('" + OFFICE + "')";
    public static final String IS_DSL = "hasRole('" + DSL + "')";
    public static final String IS_SLT_OR_DPO = "hasAnyRole('" + SLT + "','" + DPO + "')";
    public static final String IS_SLT_OR_GOVERNOR = "hasAnyRole('" + SLT + "','" + GOVERNOR + "')";
    /** The trust's central team, in whichever school is in hand (or none). */
    public static final String IS_TRUST = "hasAnyRole('" + TRUST_LEADER + "','" + TRUST_DPO + "')";

    public static final String IS_TRUST_LEADER = "hasRole('" + TRUST_LEADER + "')";
    /** Those who read the school's records without working in them: governors and the trust's team, and SLT. */
    public static final String IS_SLT_GOVERNOR_OR_TRUST =
            "hasAnyRole('" + SLT + "','" + GOVERNOR + "','" + TRUST_LEADER + "','" + TRUST_DPO + "')";

    private Roles() {}

    /**
     * The roles a person effectively holds in a school. The head teacher can do everything SLT can, so
     * the head-teacher role brings the slt role with it wherever roles are read. Trust roles are not
     * among them: see {@link #trust}.
     */
    public static Set<String> effective(Iterable<String> granted) {
        var roles = new LinkedHashSet<String>();
        for (var role : granted) {
            if (ALL.contains(role)) {
                roles.add(role);
            }
        }
        if (roles.contains(HEAD_TEACHER)) {
            roles.add(SLT);
        }
        return roles;
    }

    /** The trust roles among these, which hold in every school of the portal. */
    public static Set<String> trust(Iterable<String> granted) {
        var roles = new LinkedHashSet<String>();
        for (var role : granted) {
            if (TRUST.contains(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /**
     * Whether someone holding these roles may read pupils' names in free text. Staff who work with
     * pupils may; governors and the trust's roles may not unless they also hold the whole roster (SLT,
     * office); nor may anyone who holds none of the school's roles.
     */
    public static boolean readPupilNames(Collection<String> granted) {
        if (granted.stream().anyMatch(WITH_THE_WHOLE_ROSTER::contains)) {
            return true;
        }
        if (granted.stream().anyMatch(WITHOUT_PUPIL_NAMES::contains)) {
            return false;
        }
        return granted.stream().anyMatch(ALL::contains);
    }

    /** Whether these roles include one of the trust's: the holder reads across the trust's schools. */
    public static boolean inTheTrustTeam(Collection<String> granted) {
        return granted.stream().anyMatch(TRUST::contains);
    }

    /** Plain English for the user menu and screens. */
    public static String label(String role) {
        return switch (role) {
            case TEACHER -> "Teacher";
            case TEACHING_ASSISTANT -> "Teaching assistant";
            case SLT -> "Senior leadership";
            case COMPUTING_LEAD -> "Computing Lead";
            case OFFICE -> "Office";
            case GOVERNOR -> "Governor";
            case HEAD_TEACHER -> "Head teacher";
            case DSL -> "Designated Safeguarding Lead";
            case DPO -> "Data protection officer";
            case TRUST_LEADER -> "Trust leader";
            case TRUST_DPO -> "Trust data protection officer";
            default -> role;
        };
    }
}
