package app.safepost.subjectaccess;

/** There is no pupil with that UPN in the school in hand (another school's pupil is not found either). */
public class PupilNotHeld extends RuntimeException {

    public PupilNotHeld(String upn) {
        super("There is no pupil with UPN " + (upn.length() > 20 ? upn.substring(0, 20) + "…" : upn)
                + " in this school.");
    }
}
