package app.safepost.testing;

import java.util.List;

/** The demo school's users (password {@code demo}), one for each role and combination worth testing. */
public final class DemoUsers {

    public static final String HEAD = "head";
    public static final String DEPUTY = "deputy";
    public static final String COMPUTING = "computing";
    public static final String TEACHER = "teacher";
    public static final String TEACHER4 = "teacher4";
    public static final String TA = "ta";
    public static final String OFFICE = "office";
    public static final String GOVERNOR = "governor";
    public static final String PASSWORD = "demo";

    public static final List<String> ALL = List.of(HEAD, DEPUTY, COMPUTING, TEACHER, TEACHER4, TA, OFFICE, GOVERNOR);

    private DemoUsers() {
    }
}
