package app.safepost.drafting;

import java.util.List;
import java.util.UUID;

/**
 * A draft that shows or names a pupil, for a subject access request.
 *
 * @param photosShowing the draft's photos that show the pupil (said by its author or by a face
 *                      assigned to them) or whose alt text names them
 * @param shows         the draft's author said, or a face assigned says, that its photos show the pupil
 * @param namedInText   the draft's text names the pupil
 */
public record DraftAboutPupil(DraftDetails draft, List<UUID> photosShowing, boolean shows, boolean namedInText) {

    public DraftAboutPupil {
        photosShowing = List.copyOf(photosShowing);
    }
}
