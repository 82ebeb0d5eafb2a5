package app.safepost.audit;

import java.util.Set;

/**
 * Fields of an audited record that not every reader of the trail may see. The module that owns the
 * data implements it (pupils: names and UPN for governors); the explorer, its exports and the API
 * show {@link #HIDDEN} instead when {@link #visibleToCurrentUser()} says no.
 */
public interface PersonalData {

    String HIDDEN = "(hidden)";

    /** Whether this describes records of the given entity class. */
    boolean covers(Class<?> entityClass);

    /** The field names (entity attribute names) that are personal. */
    Set<String> fields();

    /** Whether the signed-in person may read those fields. */
    boolean visibleToCurrentUser();
}
