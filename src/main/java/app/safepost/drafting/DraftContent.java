package app.safepost.drafting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an author writes: the text, the photos with their alt texts, and the pupils the photos show.
 * The checks judge the content; these constraints only keep out what cannot be a post at all.
 *
 * @param pupilsShown every pupil any photo shows, by UPN; {@code covered} when their face is
 *                    pixelated or covered by an emoji in every photo they are in
 */
public record DraftContent(
        @NotBlank(message = "Write the post first.")
        @Size(
                max = DraftContent.MAX_TEXT,
                message = "A post can be at most " + DraftContent.MAX_TEXT
                        + " characters long; no platform takes more than 500.")
        String text,

        @NotNull
        @Size(
                max = DraftContent.MAX_PHOTOS,
                message = "A post can carry at most " + DraftContent.MAX_PHOTOS + " photos.")
        List<@Valid AttachedPhoto> photos,

        @NotNull @Size(max = 200, message = "A post can show at most 200 pupils.")
        List<@Valid PupilShown> pupilsShown) {

    public static final int MAX_TEXT = 5_000;
    public static final int MAX_PHOTOS = 4;

    public DraftContent {
        text = text == null ? "" : text;
        photos = photos == null ? List.of() : List.copyOf(photos);
        pupilsShown = pupilsShown == null ? List.of() : List.copyOf(pupilsShown);
    }

    public static DraftContent text(String text) {
        return new DraftContent(text, List.of(), List.of());
    }

    /** What a face may be assigned to besides a pupil's UPN. */
    public static final String ADULT = "adult";

    public static final String NOT_A_FACE = "not-a-face";

    /**
     * A photo in the post and the words a screen reader says for it; who each face the portal found in
     * it is (P15), and whether the author checked every face in it.
     *
     * @param faces        face id ({@code f1}, …) to a pupil's UPN, {@link #ADULT} or {@link #NOT_A_FACE}
     * @param facesChecked the author confirmed "I have checked every face in this photo"
     */
    public record AttachedPhoto(
            @NotNull(message = "Which photo?") UUID mediaId,

            @NotNull @Size(max = 1000, message = "Alt text can be at most 1000 characters long.")
            String altText,

            @Size(max = 200, message = "A photo can have at most 200 faces assigned.")
            Map<
                            @Pattern(
                                    regexp = "f[0-9]{1,3}",
                                    message = "A face id is f and a number, as the photo's" + " faces list it.")
                            String,
                            @Pattern(
                                    regexp = "[A-Z][0-9]{11}[0-9A-Z]|adult|not-a-face",
                                    message = "Assign a" + " face to a pupil's UPN, \"adult\" or \"not-a-face\".")
                            String>
                    faces,

            boolean facesChecked) {
        public AttachedPhoto {
            altText = altText == null ? "" : altText;
            var assigned = new TreeMap<String, String>();
            if (faces != null) {
                faces.forEach((face, to) -> {
                    if (face != null && to != null) {
                        assigned.put(face, to);
                    }
                });
            }
            faces = Collections.unmodifiableMap(assigned);
        }

        public AttachedPhoto(UUID mediaId, String altText) {
            this(mediaId, altText, Map.of(), false);
        }
    }

    /**
     * A pupil a photo shows, and whether they are covered in it.
     *
     * @param mediaId the photo they are in, when the author says which; for such a photo the portal
     *                decides {@code covered} from the photo's own covers
     */
    public record PupilShown(
            @NotNull(message = "Give the pupil's UPN.")
            @Pattern(
                    regexp = "[A-Z][0-9]{11}[0-9A-Z]",
                    message = "A UPN is a capital letter, 11 digits and a digit or capital letter.")
            String upn,

            boolean covered,
            @Nullable UUID mediaId) {

        public PupilShown(String upn, boolean covered) {
            this(upn, covered, null);
        }
    }
}
