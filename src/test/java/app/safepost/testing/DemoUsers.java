package app.safepost.testing;

import java.util.List;

/**
 * The demo trust's users (password {@code demo}): Jesse Gray's own, one for each role and combination
 * worth testing, and the trust's people, who work in several schools.
 */
public final class DemoUsers {

    public static final String HEAD = "head";
    public static final String DEPUTY = "deputy";
    public static final String COMPUTING = "computing";
    public static final String TEACHER = "teacher";
    public static final String TEACHER4 = "teacher4";
    public static final String TA = "ta";
    public static final String OFFICE = "office";
    public static final String GOVERNOR = "governor";
    /** Trust leader and trust data protection officer, in every school. */
    public static final String TRUST = "trust";
    /** A teaching assistant in Jesse Gray's Class 2 and Fenwick Road's Class 1. */
    public static final String MUSIC = "music";

    public static final String PASSWORD = "demo";

    /** Jesse Gray's own users, who work in no other school. */
    public static final List<String> ALL = List.of(HEAD, DEPUTY, COMPUTING, TEACHER, TEACHER4, TA, OFFICE, GOVERNOR);
    /** The trust's people, who work in several schools. */
    public static final List<String> TRUST_PEOPLE = List.of(TRUST, MUSIC);
    /** Everyone who works in Jesse Gray: its own users and the trust's people. */
    public static final List<String> EVERYONE =
            List.of(HEAD, DEPUTY, COMPUTING, TEACHER, TEACHER4, TA, OFFICE, GOVERNOR, TRUST, MUSIC);

    private DemoUsers() {}
}
