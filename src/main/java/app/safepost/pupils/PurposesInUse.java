package app.safepost.pupils;

import java.util.Set;

/** Purposes another module relies on (an account's photos need one): those cannot be retired. */
public interface PurposesInUse {

    /** The codes in use. */
    Set<String> purposesInUse();
}
