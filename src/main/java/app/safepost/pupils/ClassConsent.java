package app.safepost.pupils;

import app.safepost.school.ClassId;
import java.util.List;

/**
 * One class on the consent overview for one purpose, out of how many pupils: who may not appear in
 * any post (never publish), then who may not be photographed uncovered for the purpose.
 */
public record ClassConsent(
        ClassId classId,
        String className,
        int pupilsOnRoll,
        List<ClassPupil> neverPublish,
        List<ClassPupil> withoutConsent) {

    public ClassConsent {
        neverPublish = List.copyOf(neverPublish);
        withoutConsent = List.copyOf(withoutConsent);
    }
}
