package app.safepost.security;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What a person holds in one school: that school's roles (never the trust's, which hold in every
 * school) and the classes they teach or support there.
 */
public record Membership(SchoolId school, Set<String> roles, List<String> classes) implements Serializable {

    public Membership {
        roles = Set.copyOf(roles);
        classes = List.copyOf(classes);
    }
}
