package app.safepost.drafting.api;

import app.safepost.drafting.DraftId;
import app.safepost.drafting.DraftNotFound;
import app.safepost.drafting.Drafts;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/drafts} and {@code POST /api/v1/drafts/{id}/submit}; also reading a draft and
 * saving a new version of it. Who may do what is decided by {@link Drafts}.
 */
@RestController
@RequestMapping("/api/v1/drafts")
class DraftsApi extends DraftApiProblems {

    private final Drafts drafts;
    private final DraftRequests requests;

    DraftsApi(Drafts drafts, DraftRequests requests) {
        this.drafts = drafts;
        this.requests = requests;
    }

    @PostMapping
    @PreAuthorize(Drafts.IS_DRAFTER)
    ResponseEntity<DraftJson.Draft> create(@RequestBody DraftJson.DraftRequest request) {
        var account = requests.account(request.accountId());
        var content = requests.content(
                request.text(), request.mediaIds(), request.altTexts(), request.pupilsInMedia(), request.photos());
        var draft = DraftJson.Draft.of(drafts.create(account, content));
        return ResponseEntity.created(URI.create("/api/v1/drafts/" + draft.id()))
                .body(draft);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Drafts.IS_DRAFTER)
    DraftJson.Draft draft(@PathVariable String id) {
        var draftId = draftId(id);
        return drafts.find(draftId).map(DraftJson.Draft::of).orElseThrow(() -> new DraftNotFound(draftId));
    }

    /** Saves a new version; the body is a draft request plus the {@code version} it was edited from. */
    @PutMapping("/{id}")
    @PreAuthorize(Drafts.IS_DRAFTER)
    DraftJson.Draft save(@PathVariable String id, @RequestBody EditRequest request) {
        if (request.version() == null) {
            throw new DraftRequests.BadDraftRequest("version", "Give the version you edited, as the draft was read.");
        }
        var content = requests.content(
                request.text(), request.mediaIds(), request.altTexts(), request.pupilsInMedia(), request.photos());
        return DraftJson.Draft.of(drafts.save(draftId(id), content, request.version()));
    }

    record EditRequest(
            @Nullable Long version,
            @Nullable String text,
            @Nullable List<String> mediaIds,
            @Nullable List<String> altTexts,
            @Nullable List<DraftJson.PupilInMedia> pupilsInMedia,
            @Nullable List<DraftJson.PhotoJson> photos) {}

    @PostMapping("/{id}/submit")
    @PreAuthorize(Drafts.IS_DRAFTER)
    DraftJson.Draft submit(
            @PathVariable String id, @RequestBody(required = false) DraftJson.@Nullable SubmitRequest request) {
        var draftId = draftId(id);
        long version = request != null && request.version() != null
                ? request.version()
                : drafts.find(draftId)
                        .orElseThrow(() -> new DraftNotFound(draftId))
                        .version();
        return DraftJson.Draft.of(drafts.submit(draftId, version, request == null ? null : request.acknowledgement()));
    }

    private static DraftId draftId(String id) {
        return DraftId.parse(id).orElseThrow(() -> new DraftNotFound(new DraftId(new UUID(0, 0))));
    }
}
