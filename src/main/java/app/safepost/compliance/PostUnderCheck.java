package app.safepost.compliance;

import java.util.List;
import java.util.Objects;

/**
 * A post as its author has it now: the text, the alt text of each photo, and the pupils the photos
 * show.
 */
public record PostUnderCheck(String text, List<String> altTexts, List<PupilInMedia> pupilsInMedia) {

    public PostUnderCheck {
        Objects.requireNonNull(text, "text");
        altTexts = altTexts == null ? List.of() : List.copyOf(altTexts);
        pupilsInMedia = pupilsInMedia == null ? List.of() : List.copyOf(pupilsInMedia);
    }

    /** A text-only post. */
    public static PostUnderCheck text(String text) {
        return new PostUnderCheck(text, List.of(), List.of());
    }
}
