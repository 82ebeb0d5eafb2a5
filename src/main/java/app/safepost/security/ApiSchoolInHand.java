package app.safepost.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The school in hand for an API call: the one the {@code Safepost-School} header names, else the
 * caller's only school. A caller in several schools who names none gets 400 naming the header (but
 * for endpoints marked {@link SchoolNotNeeded}); a school the caller holds no role in, or that does not
 * exist, gets the same 403, so that the answer does not tell which schools exist.
 */
final class ApiSchoolInHand implements HandlerInterceptor {

    static final String HEADER = "Safepost-School";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var current = SecurityContextHolder.getContext().getAuthentication();
        var signedIn = SignedInStaff.from(current);
        if (signedIn.isEmpty()) {
            return true;
        }
        var staff = signedIn.get();
        var header = request.getHeader(HEADER);
        SignedInStaff inHand;
        if (header != null) {
            SchoolId named;
            try {
                named = SchoolId.parse(header);
            } catch (IllegalArgumentException e) {
                ApiProblems.write(
                        response,
                        400,
                        "school-header",
                        "Unreadable school",
                        "The " + HEADER + " header must be the id of one of your schools (see GET /api/v1/me).");
                return false;
            }
            if (!staff.holds(named)) {
                ApiProblems.write(
                        response,
                        403,
                        "not-your-school",
                        "Not your school",
                        "You hold no role in the school the " + HEADER + " header names.");
                return false;
            }
            inHand = staff.withSchoolInHand(named);
        } else if (!staff.worksInSeveralSchools()) {
            return true;
        } else if (schoolNotNeeded(handler)) {
            inHand = staff.withoutSchoolInHand();
        } else {
            ApiProblems.write(
                    response,
                    400,
                    "school-needed",
                    "Which school?",
                    "You work in several schools: name one with the " + HEADER
                            + " header (the ids are in GET /api/v1/me).");
            return false;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SchoolInHandAuthentications.with(current, inHand));
        SecurityContextHolder.setContext(context);
        return true;
    }

    private static boolean schoolNotNeeded(Object handler) {
        return handler instanceof HandlerMethod method
                && (method.hasMethodAnnotation(SchoolNotNeeded.class)
                        || method.getBeanType().isAnnotationPresent(SchoolNotNeeded.class));
    }
}
