package app.safepost.security;

import app.safepost.security.ClaimedStaff.ClaimedSchool;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a member of staff from the claims of the school's Keycloak (ID token, userinfo or access
 * token): realm roles from {@code roles}, and either the {@code schools} claim, which says per school
 * (by URN) which roles and classes they hold, or, in a one-school realm, the realm roles and the
 * {@code classes} claim (docs/decisions/0026-people-in-several-schools.md).
 */
final class StaffClaims {

    static final String USERNAME = "preferred_username";
    static final String ROLES = "roles";
    static final String CLASSES = "classes";
    static final String SCHOOLS = "schools";

    private static final Logger log = LoggerFactory.getLogger(StaffClaims.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StaffClaims() {}

    static ClaimedStaff claimed(ClaimAccessor claims) {
        var username = claims.hasClaim(USERNAME) ? claims.getClaimAsString(USERNAME) : claims.getClaimAsString("sub");
        var name = claims.getClaimAsString("name");
        var email = claims.getClaimAsString("email");
        var roles = list(claims, ROLES);
        return new ClaimedStaff(
                username,
                name == null || name.isBlank() ? username : name,
                email == null ? "" : email,
                Roles.trust(roles),
                Roles.effective(roles),
                list(claims, CLASSES),
                claims.hasClaim(SCHOOLS) ? schools(username, claims.getClaims().get(SCHOOLS)) : null);
    }

    static Collection<GrantedAuthority> authorities(SignedInStaff staff) {
        return staff.roles().stream()
                .sorted()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    /**
     * The {@code schools} claim: a JSON object (a mapper of type JSON) or its text (a mapper of type
     * String, which Keycloak passes on even when the attribute is not valid JSON). What cannot be read
     * gives no school at all, and a warning naming the person, never a failed sign-in.
     */
    static Map<String, ClaimedSchool> schools(String username, @Nullable Object claim) {
        try {
            var value = claim instanceof String text ? JSON.readValue(text, Object.class) : claim;
            if (!(value instanceof Map<?, ?> bySchool)) {
                throw new MalformedClaim("not a JSON object");
            }
            var schools = new LinkedHashMap<String, ClaimedSchool>();
            bySchool.forEach((urn, held) -> schools.put(String.valueOf(urn).strip(), school(urn, held)));
            return schools;
        } catch (JacksonException | MalformedClaim e) {
            log.warn(
                    "The schools claim of {} cannot be read ({}): they hold no school's role until their"
                            + " schools attribute in Keycloak is corrected",
                    username,
                    reason(e));
            return Map.of();
        }
    }

    private static ClaimedSchool school(Object urn, @Nullable Object held) {
        if (!(held instanceof Map<?, ?> entry)) {
            throw new MalformedClaim("school " + urn + " is not a JSON object");
        }
        return new ClaimedSchool(
                strings(urn, "roles", entry.get("roles")), strings(urn, "classes", entry.get("classes")));
    }

    /** A list of text, or a single text, or nothing. */
    private static List<String> strings(Object urn, String field, @Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String single) {
            return single.isBlank() ? List.of() : List.of(single.strip());
        }
        if (!(value instanceof List<?> values)) {
            throw new MalformedClaim(field + " of school " + urn + " is not a list");
        }
        var strings = new ArrayList<String>();
        for (var item : values) {
            if (!(item instanceof String text)) {
                throw new MalformedClaim(field + " of school " + urn + " holds something other than text");
            }
            if (!text.isBlank()) {
                strings.add(text.strip());
            }
        }
        return strings;
    }

    private static String reason(Exception e) {
        if (e instanceof MalformedClaim) {
            return e.getMessage();
        }
        // Jackson's message quotes the text it read; the log needs only where it went wrong.
        return "not valid JSON"
                + (e instanceof JacksonException json && json.getLocation() != null
                        ? " at character " + json.getLocation().getCharOffset()
                        : "");
    }

    /** A claim that Keycloak sends as a list, or as a single string when it has one value. */
    private static List<String> list(ClaimAccessor claims, String name) {
        if (!claims.hasClaim(name)) {
            return List.of();
        }
        var values = claims.getClaimAsStringList(name);
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static final class MalformedClaim extends RuntimeException {
        MalformedClaim(String message) {
            super(message, null, false, false);
        }
    }
}
