package app.safepost.compliance;

/**
 * A pupil the author says appears in the post's photos (P15).
 *
 * @param covered whether the pupil is pixelated or covered by an emoji in every photo they are in
 */
public record PupilInMedia(String upn, boolean covered) {}
