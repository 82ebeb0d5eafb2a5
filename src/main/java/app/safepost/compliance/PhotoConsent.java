package app.safepost.compliance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * P15: a pupil who appears in a photo without image consent for the account's purpose (or whose
 * consent has expired) must be pixelated or covered by an emoji. A pupil who may never be published
 * blocks even when covered. A pupil who has left (archived) or a UPN the roster does not know is an
 * error, never a pass: the list of who is in the photos must be right before anything else can be
 * judged.
 */
final class PhotoConsent {

    static final String CLAUSE = "P15";
    static final String NEVER_PUBLISH = NeverPublishNames.CLAUSE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PhotoConsent() {}

    static void check(
            RosterIndex roster, List<PupilInMedia> pupilsInMedia, String purpose, LocalDate day, List<Finding> out) {
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
                out.add(Finding.aboutThePost(
                        CLAUSE,
                        Severity.BLOCK,
                        "P15: a pupil listed for the photos is not "
                                + "on the roster. Check who is in the photos and list them again."));
                continue;
            }
            if (!seen.add(roster.pupils[pupil].upn())) {
                continue;
            }
            check(roster.pupils[pupil], roster.initials(pupil, false), shown.covered(), purpose, day, out);
        }
    }

    private static void check(
            RosterPupil record, String initials, boolean covered, String purpose, LocalDate day, List<Finding> out) {
        if (record.archived()) {
            out.add(Finding.aboutThePost(
                    CLAUSE,
                    Severity.BLOCK,
                    "P15: a pupil listed for the photos (" + initials
                            + ") has left the school. Take them off the list, or choose other photos."));
            return;
        }
        if (record.neverPublish()) {
            out.add(Finding.aboutThePost(
                    NEVER_PUBLISH,
                    Severity.BLOCK,
                    "Never publish: a pupil in the photos (" + initials
                            + ") may not appear in any post, covered or not. Choose other photos."));
            return;
        }
        if (covered) {
            return;
        }
        switch (record.consentFor(purpose, day)) {
            case GIVEN -> {}
            case NOT_GIVEN ->
                out.add(Finding.aboutThePost(
                        CLAUSE,
                        Severity.BLOCK,
                        "P15: a pupil in the photos ("
                                + initials + ") has no image consent for " + purpose
                                + ", the purpose this account's photos"
                                + " need. Pixelate them or cover them with an emoji, or choose other photos."));
            case EXPIRED ->
                out.add(Finding.aboutThePost(
                        CLAUSE,
                        Severity.BLOCK,
                        "P15: a pupil in the photos ("
                                + initials + ") has no image consent for " + purpose + " any more: it expired on "
                                + DAY.format(record.expiryOf(purpose))
                                + ". Pixelate them or cover them with an emoji, or"
                                + " choose other photos."));
        }
    }
}
