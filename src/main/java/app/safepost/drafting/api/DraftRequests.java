package app.safepost.drafting.api;

import app.safepost.accounts.AccountId;
import app.safepost.drafting.DraftContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns the API's loose JSON into the drafting module's records. What only the API can get wrong (an
 * id that is no id, alt texts that do not match the photos) is refused here; everything about the
 * content itself is judged by the service's validation.
 */
@Component
class DraftRequests {

    AccountId account(@Nullable String accountId) {
        if (accountId == null || accountId.isBlank()) {
            throw new BadDraftRequest(
                    "accountId", "Give the id of the account the post is for (see GET /api/v1/accounts).");
        }
        try {
            return new AccountId(UUID.fromString(accountId.strip()));
        } catch (IllegalArgumentException e) {
            throw new BadDraftRequest("accountId", "This is not an account id (see GET /api/v1/accounts).");
        }
    }

    DraftContent content(
            @Nullable String text,
            @Nullable List<String> mediaIds,
            @Nullable List<String> altTexts,
            @Nullable List<DraftJson.PupilInMedia> pupilsInMedia,
            @Nullable List<DraftJson.PhotoJson> faces) {
        var photos = new ArrayList<DraftContent.AttachedPhoto>();
        var byPhoto = facesByPhoto(faces);
        var ids = new ArrayList<UUID>();
        (mediaIds == null ? List.<String>of() : mediaIds).forEach(id -> ids.add(mediaId(id)));
        if (mediaIds == null) {
            ids.addAll(byPhoto.keySet());
        } else if (!ids.containsAll(byPhoto.keySet())) {
            throw new BadDraftRequest("photos", "Each entry of photos names a photo of mediaIds.");
        }
        var alts = altTexts == null ? List.<String>of() : altTexts;
        if (alts.size() > ids.size()) {
            throw new BadDraftRequest(
                    "altTexts", "There are more alt texts than photos; give one per photo, in the order of mediaIds.");
        }
        for (int i = 0; i < ids.size(); i++) {
            var given = byPhoto.get(ids.get(i));
            photos.add(new DraftContent.AttachedPhoto(
                    ids.get(i),
                    i < alts.size() ? alts.get(i) : "",
                    given == null || given.faces() == null ? Map.of() : given.faces(),
                    given != null && Boolean.TRUE.equals(given.facesChecked())));
        }
        var pupils = new ArrayList<DraftContent.PupilShown>();
        if (pupilsInMedia != null) {
            for (var pupil : pupilsInMedia) {
                if (pupil == null) {
                    throw new BadDraftRequest("pupilsInMedia", "Each pupil in the photos needs a upn and covered.");
                }
                pupils.add(new DraftContent.PupilShown(
                        pupil.upn(),
                        Boolean.TRUE.equals(pupil.covered()),
                        pupil.mediaId() == null ? null : mediaId(pupil.mediaId())));
            }
        }
        return new DraftContent(text, photos, pupils);
    }

    private static Map<UUID, DraftJson.PhotoJson> facesByPhoto(@Nullable List<DraftJson.PhotoJson> photos) {
        var byPhoto = new LinkedHashMap<UUID, DraftJson.PhotoJson>();
        for (var photo : photos == null ? List.<DraftJson.PhotoJson>of() : photos) {
            if (photo == null || photo.mediaId() == null) {
                throw new BadDraftRequest("photos", "Each entry of photos needs the mediaId of its photo.");
            }
            if (byPhoto.put(mediaId(photo.mediaId()), photo) != null) {
                throw new BadDraftRequest("photos", "Give each photo once in photos.");
            }
        }
        return byPhoto;
    }

    private static UUID mediaId(@Nullable String id) {
        try {
            return UUID.fromString(String.valueOf(id).strip());
        } catch (IllegalArgumentException e) {
            throw new BadDraftRequest("mediaIds", "This is not a photo id (see POST /api/v1/media).");
        }
    }

    /** A request the API cannot even read as a draft; answered 400 with the field named. */
    static class BadDraftRequest extends RuntimeException {

        private final String field;

        BadDraftRequest(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }
}
