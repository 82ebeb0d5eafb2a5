package app.safepost.drafting.api;

import app.safepost.compliance.ComplianceResult;
import app.safepost.compliance.Finding;
import app.safepost.drafting.DraftContent;
import app.safepost.drafting.DraftDetails;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The JSON shapes of the drafting API, as API.md gives them (fields may be added, never renamed). The
 * approval module answers its decision endpoint with the same draft shape, through {@link #draft}.
 */
@NamedInterface("api-json")
public final class DraftJson {

    private DraftJson() {}

    /** A draft as every draft endpoint answers it. */
    public static Object draft(DraftDetails draft) {
        return Draft.of(draft);
    }

    /** {@code mediaId} (optional) says which photo shows the pupil; then that photo's covers decide {@code covered}. */
    record PupilInMedia(
            @Nullable String upn,
            @Nullable Boolean covered,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String mediaId) {}

    /**
     * A photo's faces (P15): each face id the photo's analysis gave to a pupil's UPN, {@code adult} or
     * {@code not-a-face}; {@code facesChecked} is the author's word that they checked every face in it.
     */
    record PhotoJson(
            @Nullable String mediaId,
            @Nullable Map<String, String> faces,
            @Nullable Boolean facesChecked) {}

    record CheckRequest(
            @Nullable String accountId,
            @Nullable String text,
            @Nullable List<PupilInMedia> pupilsInMedia,
            @Nullable List<PhotoJson> photos) {}

    /**
     * {@code altTexts} (optional) gives each photo's alt text, in the order of {@code mediaIds};
     * {@code photos} (optional) the faces of photos among them.
     */
    record DraftRequest(
            @Nullable String accountId,
            @Nullable String text,
            @Nullable List<String> mediaIds,
            @Nullable List<String> altTexts,
            @Nullable List<PupilInMedia> pupilsInMedia,
            @Nullable List<PhotoJson> photos) {}

    /**
     * @param version        the version submitted; without it the draft as it is now is submitted
     * @param acknowledgement why the post is fine despite the checks' warnings; needed when they warn
     */
    record SubmitRequest(@Nullable Long version, @Nullable String acknowledgement) {}

    /**
     * A finding: {@code start}/{@code end} are UTF-16 offsets into the text, or null when the finding is
     * about a photo's alt text (then {@code altText} is its index) or about the post as a whole.
     */
    record FindingJson(
            String clause,
            String severity,
            String message,
            @Nullable Integer start,
            @Nullable Integer end,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            Integer altText) {

        static FindingJson of(Finding finding) {
            boolean inText = finding.pointsIntoText();
            return new FindingJson(
                    finding.clause(),
                    finding.severity().apiName(),
                    finding.message(),
                    inText ? finding.start() : null,
                    inText ? finding.end() : null,
                    finding.pointsIntoAltText() ? finding.altText() : null);
        }
    }

    record Result(String verdict, List<FindingJson> findings) {

        static Result of(ComplianceResult result) {
            return new Result(
                    result.verdict().apiName(),
                    result.findings().stream().map(FindingJson::of).toList());
        }
    }

    /** A draft; {@code compliance} is the latest stored check, its verdict and findings also given at the top. */
    record Draft(
            String id,
            String status,
            long version,
            String accountId,
            String account,
            String author,
            String text,
            List<String> mediaIds,
            List<String> altTexts,
            List<PupilInMedia> pupilsInMedia,
            List<PhotoJson> photos,
            String verdict,
            List<FindingJson> findings,
            Result compliance,
            long checkedVersion,
            @Nullable String warningsAcknowledgement,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant submittedAt,
            @Nullable String reviewComment) {

        static Draft of(DraftDetails draft) {
            var result = Result.of(draft.latestCheck().result());
            DraftContent content = draft.content();
            return new Draft(
                    draft.id().toString(),
                    draft.status().apiName(),
                    draft.version(),
                    draft.account().id().toString(),
                    draft.account().handle(),
                    draft.author(),
                    content.text(),
                    content.photos().stream().map(p -> p.mediaId().toString()).toList(),
                    content.photos().stream()
                            .map(DraftContent.AttachedPhoto::altText)
                            .toList(),
                    content.pupilsShown().stream()
                            .map(p -> new PupilInMedia(
                                    p.upn(),
                                    p.covered(),
                                    p.mediaId() == null ? null : p.mediaId().toString()))
                            .toList(),
                    content.photos().stream()
                            .map(p -> new PhotoJson(p.mediaId().toString(), p.faces(), p.facesChecked()))
                            .toList(),
                    result.verdict(),
                    result.findings(),
                    result,
                    draft.latestCheck().draftVersion(),
                    draft.warningsAcknowledgement(),
                    draft.createdAt(),
                    draft.updatedAt(),
                    draft.submittedAt(),
                    draft.reviewComment());
        }
    }
}
