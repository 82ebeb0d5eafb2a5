package app.safepost.pupils;

import app.safepost.school.ClassId;
import java.util.List;

/** One class on the consent overview: who may not be photographed, out of how many pupils. */
public record ClassConsent(ClassId classId, String className, int pupilsOnRoll, List<ClassPupil> withoutConsent) {

    public ClassConsent {
        withoutConsent = List.copyOf(withoutConsent);
    }
}
