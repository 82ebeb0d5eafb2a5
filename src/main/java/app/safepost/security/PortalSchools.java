package app.safepost.security;

import java.util.List;
import java.util.Optional;

/**
 * The portal's schools, for sign-in: implemented by the school module, read here while a person signs
 * in or calls the API, before they are in the security context (so without method security).
 */
public interface PortalSchools {

    /** Every school of the portal, by name. */
    List<PortalSchool> all();

    /** The school this person chose last in the header, if they ever chose one. */
    Optional<SchoolId> lastChosenBy(String username);
}
