package app.safepost.compliance;

import java.util.HashSet;
import java.util.List;

/**
 * P15: a pupil without image consent who appears in a photo must be pixelated or covered by an
 * emoji. A pupil who has left (archived) or a UPN the roster does not know is an error, never a
 * pass: the list of who is in the photos must be right before anything else can be judged.
 */
final class PhotoConsent {

    static final String CLAUSE = "P15";

    private PhotoConsent() {
    }

    static void check(RosterIndex roster, List<PupilInMedia> pupilsInMedia, List<Finding> out) {
        if (pupilsInMedia.isEmpty()) {
            return;
        }
        var seen = new HashSet<String>();
        for (PupilInMedia shown : pupilsInMedia) {
            if (shown == null) {
                continue;
            }
            int pupil = roster.indexOf(shown.upn());
            if (pupil < 0) {
                out.add(Finding.aboutThePost(CLAUSE, Severity.BLOCK, "P15: a pupil listed for the photos is not "
                        + "on the roster. Check who is in the photos and list them again."));
                continue;
            }
            if (!seen.add(roster.pupils[pupil].upn())) {
                continue;
            }
            RosterPupil record = roster.pupils[pupil];
            String initials = roster.initials(pupil, false);
            if (record.archived()) {
                out.add(Finding.aboutThePost(CLAUSE, Severity.BLOCK, "P15: a pupil listed for the photos ("
                        + initials + ") has left the school. Take them off the list, or choose other photos."));
            } else if (!record.imageConsent() && !shown.covered()) {
                out.add(Finding.aboutThePost(CLAUSE, Severity.BLOCK, "P15: a pupil in the photos (" + initials
                        + ") has no image consent. Pixelate them or cover them with an emoji, or choose other photos."));
            }
        }
    }
}
