package app.safepost.publishing;

import java.util.List;

/**
 * A post in the register that shows or names a pupil, for a subject access request.
 *
 * @param photos      the post's photos that show the pupil (every photo of a post showing them) or
 *                    whose alt text names them
 * @param shows       the post's photos show the pupil (frozen at approval)
 * @param namedInText the post's text names the pupil
 */
public record PostAboutPupil(PublishedPost post, List<PublishedPhoto> photos, boolean shows, boolean namedInText) {

    public PostAboutPupil {
        photos = List.copyOf(photos);
    }
}
