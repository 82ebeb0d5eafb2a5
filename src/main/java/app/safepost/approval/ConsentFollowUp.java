package app.safepost.approval;

import app.safepost.approval.domain.ConsentAction;
import app.safepost.approval.domain.ConsentActionRepository;
import app.safepost.drafting.DraftReviews;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.publishing.Publishing;
import app.safepost.pupils.ImageConsentWithdrawn;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a pupil's image consent is withdrawn (P14), every draft and every sent post that shows them is
 * listed as "needs action" on SLT's home page, and SLT are told, until SLT mark each one handled.
 */
@Service
public class ConsentFollowUp {

    public static final int MAX_RESOLUTION = 500;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConsentFollowUp.class);

    private final ConsentActionRepository actions;
    private final DraftReviews drafts;
    private final Publishing publishing;
    private final Notices notices;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConsentFollowUp(ConsentActionRepository actions, DraftReviews drafts, Publishing publishing, Notices notices,
                    TransactionTemplate transaction, Clock clock) {
        this.actions = actions;
        this.drafts = drafts;
        this.publishing = publishing;
        this.notices = notices;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What still needs action, oldest first. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<NeedsAction> open() {
        return actions.findByResolvedAtIsNullOrderByRaisedAtAsc().stream().map(ConsentAction::summary).toList();
    }

    /** SLT dealt with it (took the post down, changed the draft, …) and say how. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public NeedsAction resolve(java.util.UUID id, long version, @Nullable String resolution) {
        var text = resolution == null ? "" : resolution.strip();
        if (text.isEmpty() || text.length() > MAX_RESOLUTION) {
            throw new IllegalArgumentException(text.isEmpty() ? "Say briefly what was done."
                    : "Keep it to " + MAX_RESOLUTION + " characters.");
        }
        var action = actions.findById(id).orElseThrow();
        if (action.getVersion() != version || action.summary().resolved()) {
            throw new ObjectOptimisticLockingFailureException(ConsentAction.class, id);
        }
        action.resolve(SignedInStaff.currentAuthor().username(), text, clock.instant());
        return actions.saveAndFlush(action).summary();
    }

    /**
     * Once the withdrawal is committed, the portal itself (on a thread of its own: the office member who
     * recorded it may not read drafts or the register) lists what shows the pupil and tells SLT. The
     * office's request waits for it, so the list is there when their screen returns.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void consentWithdrawn(ImageConsentWithdrawn withdrawn) {
        try {
            PortalTask.runAsSystemApart(() -> transaction.execute(status -> raise(withdrawn)));
        } catch (RuntimeException e) {
            // The withdrawal is committed and stands; the office's change must not fail for this.
            log.error("Could not list the drafts and posts showing a pupil whose consent was withdrawn", e);
        }
    }

    private int raise(ImageConsentWithdrawn withdrawn) {
        var now = clock.instant();
        int raised = 0;
        for (var draft : drafts.showing(withdrawn.upn())) {
            raised += raise(withdrawn.upn(), ConsentAction.DRAFT, draft.id().value(), draft.account().handle(), now);
        }
        for (var post : publishing.showing(withdrawn.upn())) {
            raised += raise(withdrawn.upn(), ConsentAction.POST, post.reference(), post.handle(), now);
        }
        if (raised > 0) {
            var name = withdrawn.preferredName() != null ? withdrawn.preferredName() : withdrawn.firstName();
            notices.toRole(Roles.SLT, new Notice("Image consent withdrawn: " + raised
                    + (raised == 1 ? " post needs" : " posts need") + " action",
                    "A pupil" + (name == null ? "" : " (" + name + ")") + " may no longer be photographed. "
                            + raised + (raised == 1 ? " draft or post shows" : " drafts or posts show")
                            + " them; see your home page.", ""));
        }
        return raised;
    }

    private int raise(String upn, String kind, java.util.UUID reference, String handle, java.time.Instant now) {
        if (actions.existsByUpnAndKindAndReferenceAndResolvedAtIsNull(upn, kind, reference)) {
            return 0;
        }
        actions.save(new ConsentAction(upn, kind, reference, handle, now));
        return 1;
    }
}
