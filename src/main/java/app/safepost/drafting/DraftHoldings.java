package app.safepost.drafting;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.SocialAccounts;
import app.safepost.drafting.domain.Draft;
import app.safepost.drafting.domain.DraftCheck;
import app.safepost.drafting.domain.DraftCheckRepository;
import app.safepost.drafting.domain.DraftRepository;
import app.safepost.security.Roles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting's part of a subject access request and of an erasure: every draft, whatever its status,
 * that shows or names one pupil, and taking the photos that show them out of every draft. For SLT and
 * the data protection officer.
 */
@Service
public class DraftHoldings {

    private final DraftRepository drafts;
    private final DraftCheckRepository checks;
    private final SocialAccounts accounts;
    private final Clock clock;

    DraftHoldings(DraftRepository drafts, DraftCheckRepository checks, SocialAccounts accounts, Clock clock) {
        this.drafts = drafts;
        this.checks = checks;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every draft that shows the pupil in a photo or names them (the checks' own rule in {@code names}). */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    @Transactional(readOnly = true)
    public List<DraftAboutPupil> heldAbout(String upn, Predicate<String> names) {
        var found = new ArrayList<DraftAboutPupil>();
        for (var draft : drafts.findAll()) {
            var showing = photosShowing(draft, upn);
            var photos = new LinkedHashSet<UUID>(showing);
            draft.content().photos().stream()
                    .filter(p -> names.test(p.altText()))
                    .forEach(p -> photos.add(p.mediaId()));
            boolean named = names.test(draft.getText());
            boolean shown = !showing.isEmpty()
                    || draft.content().pupilsShown().stream()
                            .anyMatch(p -> p.upn().equals(upn));
            if (named || shown || !photos.isEmpty()) {
                found.add(new DraftAboutPupil(details(draft), List.copyOf(photos), shown, named));
            }
        }
        found.sort((a, b) -> a.draft().createdAt().compareTo(b.draft().createdAt()));
        return found;
    }

    /**
     * Takes every photo that shows the pupil out of every draft, whatever its status, and returns the
     * photos taken out (for the media library to delete) and how many drafts changed.
     */
    @PreAuthorize(Roles.IS_SLT_OR_DPO)
    @Transactional
    public PhotosTakenOut takePhotosOut(String upn) {
        var media = new HashSet<UUID>();
        int changed = 0;
        for (var draft : drafts.findAll()) {
            var showing = photosShowing(draft, upn);
            if (!showing.isEmpty()) {
                draft.removePhotos(showing, clock.instant());
                drafts.saveAndFlush(draft);
                media.addAll(showing);
                changed++;
            }
        }
        return new PhotosTakenOut(Set.copyOf(media), changed);
    }

    /** The photos of a pupil's drafts that were taken out, and how many drafts held them. */
    public record PhotosTakenOut(Set<UUID> media, int drafts) {}

    /** The draft's photos that show the pupil: by the author's word (a photo, or all of them) or a face assigned. */
    private static Set<UUID> photosShowing(Draft draft, String upn) {
        var content = draft.content();
        var showing = new LinkedHashSet<UUID>();
        for (var shown : content.pupilsShown()) {
            if (shown.upn().equals(upn)) {
                if (shown.mediaId() == null) {
                    content.photos().forEach(p -> showing.add(p.mediaId()));
                } else {
                    showing.add(shown.mediaId());
                }
            }
        }
        content.photos().stream().filter(p -> p.faces().containsValue(upn)).forEach(p -> showing.add(p.mediaId()));
        return showing;
    }

    private DraftDetails details(Draft draft) {
        var account = accounts.account(new AccountId(draft.getAccountId())).orElseThrow();
        var check = checks.findFirstByDraftIdOrderByCheckedAtDescDraftVersionDesc(draft.getId())
                .map(DraftCheck::toStoredCheck)
                .orElseThrow(() -> new IllegalStateException("Draft " + draft.getId() + " was never checked"));
        return Drafts.details(draft, account, check);
    }
}
