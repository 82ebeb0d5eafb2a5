package app.safepost.security;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the portal does by itself (loading the demo school, scheduled jobs). It runs as the
 * {@code system} user so the service layer's checks still apply and the audit trail says who: across
 * the portal ({@link #runAsSystem}), or in one school ({@link #runAsSystemIn}), which is then the
 * school in hand.
 */
public final class PortalTask {

    private PortalTask() {}

    /**
     * Runs work as the system user, in no school: work across the portal. Only on a thread with no
     * Vaadin session (start-up, a scheduled job, an executor): on a screen's request thread the security
     * context comes from the Vaadin session, so the work would still run as the signed-in person and be
     * refused.
     */
    public static <T> T runAsSystem(Supplier<T> work) {
        return runAsSystemPrincipal(SystemPrincipal.in(null), work);
    }

    /** Runs work as the system user with this school in hand: a job's or start-up's work for one school. */
    public static <T> T runAsSystemIn(SchoolId school, Supplier<T> work) {
        return runAsSystemPrincipal(SystemPrincipal.in(school), work);
    }

    private static <T> T runAsSystemPrincipal(SystemPrincipal system, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                system,
                null,
                system.staff().roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Runs work as the system user on a thread of its own and waits for it: for work the portal does
     * during a screen's or a request's work, whose thread carries the signed-in person's security
     * context (a Vaadin session's context cannot be replaced on its own thread) and transaction. The
     * caller's school in hand, if any, is the work's.
     */
    public static <T> T runAsSystemApart(Supplier<T> work) {
        var school = SchoolInHand.current().orElse(null);
        var task = new FutureTask<T>(() -> school == null ? runAsSystem(work) : runAsSystemIn(school, work));
        Thread.ofVirtual().name("portal-task").start(task);
        return await(task);
    }

    /**
     * Runs work as the system user with this school in hand, on a thread of its own, and waits for it:
     * for a screen or request that gathers figures school by school (the trust's overview) or sets up
     * a school that is not yet in anyone's hand (the trust adding a school). The caller checks that
     * its user may ask for it.
     */
    public static <T> T runAsSystemApartIn(SchoolId school, Supplier<T> work) {
        var task = new FutureTask<T>(() -> runAsSystemIn(school, work));
        Thread.ofVirtual().name("portal-task").start(task);
        return await(task);
    }

    private static <T> T await(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the portal worked as itself", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Runs work for a parent answering the public consent form, on a thread of its own: no staff
     * role, and the audit trail records the change as {@link #PARENT_ON_THE_FORM}'s (the parent's own
     * name is in the consent records).
     */
    public static <T> T runAsParentApart(Supplier<T> work) {
        return runAsParentApart(new ParentPrincipal(), work);
    }

    /** The same, with the school the parent's form is for in hand: the school whose office sent it. */
    public static <T> T runAsParentApart(SchoolId school, Supplier<T> work) {
        return runAsParentApart(ParentPrincipal.in(school), work);
    }

    private static <T> T runAsParentApart(ParentPrincipal parent, Supplier<T> work) {
        var task = new FutureTask<T>(() -> {
            var previous = SecurityContextHolder.getContext();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(parent, null, List.of()));
            SecurityContextHolder.setContext(context);
            try {
                return work.get();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        });
        Thread.ofVirtual().name("parent-form").start(task);
        return await(task);
    }

    /** Who the audit trail names for answers given on the online consent form. */
    public static final String PARENT_ON_THE_FORM = "parent (online form)";

    /** Runs work as someone who is signing in but not yet in the session's security context. */
    static void runAs(Authentication authentication, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record ParentPrincipal(SignedInStaff staff) implements StaffPrincipal {
        ParentPrincipal() {
            this(new SignedInStaff(PARENT_ON_THE_FORM, "A parent", "", Set.of(), List.of()));
        }

        /** A parent holds no role in the school, only its form in hand. */
        static ParentPrincipal in(SchoolId school) {
            return new ParentPrincipal(new SignedInStaff(
                    PARENT_ON_THE_FORM,
                    "A parent",
                    "",
                    Set.of(),
                    List.of(),
                    List.of(new Membership(school, Set.of(), List.of())),
                    school));
        }
    }

    private record SystemPrincipal(SignedInStaff staff) implements StaffPrincipal {
        private static final Set<String> ROLES =
                Roles.effective(List.of(Roles.SLT, Roles.OFFICE, Roles.COMPUTING_LEAD, Roles.HEAD_TEACHER));

        static SystemPrincipal in(@Nullable SchoolId school) {
            return new SystemPrincipal(
                    school == null
                            ? new SignedInStaff(SignedInStaff.SYSTEM, "Safepost", "", ROLES, List.of())
                            : new SignedInStaff(
                                    SignedInStaff.SYSTEM,
                                    "Safepost",
                                    "",
                                    ROLES,
                                    List.of(),
                                    List.of(new Membership(school, ROLES, List.of())),
                                    school));
        }
    }
}
