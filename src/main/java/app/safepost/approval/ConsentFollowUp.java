package app.safepost.approval;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.SocialAccounts;
import app.safepost.approval.domain.ConsentAction;
import app.safepost.approval.domain.ConsentActionRepository;
import app.safepost.compliance.ComplianceChecks;
import app.safepost.compliance.RosterPupil;
import app.safepost.drafting.DraftReviews;
import app.safepost.drafting.DraftStatus;
import app.safepost.notifications.Notice;
import app.safepost.notifications.Notices;
import app.safepost.publishing.Publishing;
import app.safepost.pupils.ImageConsentExpired;
import app.safepost.pupils.ImageConsentWithdrawn;
import app.safepost.pupils.NeverPublishSet;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a pupil may no longer appear in a post, what already shows them is listed as "needs action" on
 * SLT's home page until SLT mark each one handled, and SLT are told: consent withdrawn for a purpose
 * (every draft and sent post on an account needing it), consent expired (the scheduled and published
 * ones), or the DSL flagged the pupil "never publish" (every draft and post that shows or names them;
 * the DSL is told too).
 */
@Service
public class ConsentFollowUp {

    public static final int MAX_RESOLUTION = 500;
    /** Drafts that are on their way out: "a scheduled post" for an expired consent. */
    private static final Set<DraftStatus> SCHEDULED = Set.of(DraftStatus.APPROVED, DraftStatus.SCHEDULED);

    private static final Logger log = LoggerFactory.getLogger(ConsentFollowUp.class);

    private final ConsentActionRepository actions;
    private final DraftReviews drafts;
    private final Publishing publishing;
    private final SocialAccounts accounts;
    private final ComplianceChecks checks;
    private final Notices notices;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ConsentFollowUp(
            ConsentActionRepository actions,
            DraftReviews drafts,
            Publishing publishing,
            SocialAccounts accounts,
            ComplianceChecks checks,
            Notices notices,
            TransactionTemplate transaction,
            Clock clock) {
        this.actions = actions;
        this.drafts = drafts;
        this.publishing = publishing;
        this.accounts = accounts;
        this.checks = checks;
        this.notices = notices;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What still needs action, oldest first. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional(readOnly = true)
    public List<NeedsAction> open() {
        return actions.findByResolvedAtIsNullOrderByRaisedAtAsc().stream()
                .map(ConsentAction::summary)
                .toList();
    }

    /** SLT dealt with it (took the post down, changed the draft, …) and say how. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public NeedsAction resolve(UUID id, long version, @Nullable String resolution) {
        var text = resolution == null ? "" : resolution.strip();
        if (text.isEmpty() || text.length() > MAX_RESOLUTION) {
            throw new IllegalArgumentException(
                    text.isEmpty() ? "Say briefly what was done." : "Keep it to " + MAX_RESOLUTION + " characters.");
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
        followUp(
                "withdrawn consent",
                () -> raiseFor(
                        withdrawn.upn(),
                        withdrawn.purpose(),
                        ConsentAction.WITHDRAWN,
                        null,
                        withdrawn.preferredName() != null ? withdrawn.preferredName() : withdrawn.firstName()));
    }

    /** The nightly run noted a consent that expired: scheduled and published posts showing the pupil. */
    @TransactionalEventListener(fallbackExecution = true)
    void consentExpired(ImageConsentExpired expired) {
        followUp(
                "expired consent",
                () -> raiseFor(expired.upn(), expired.purpose(), ConsentAction.EXPIRED, SCHEDULED, null));
    }

    /** The DSL flagged a pupil: everything that shows or names them, on any account; SLT and the DSL are told. */
    @TransactionalEventListener(fallbackExecution = true)
    void neverPublishSet(NeverPublishSet flagged) {
        followUp("never-publish flag", () -> {
            var names = checks.namesOf(new RosterPupil(
                    flagged.upn(), flagged.firstName(), "", flagged.preferredName(), "", List.of(), true, false));
            var now = clock.instant();
            int raised = 0;
            for (var draft : drafts.showingOrNaming(flagged.upn(), names)) {
                raised += raise(
                        flagged.upn(),
                        ConsentAction.DRAFT,
                        draft.id().value(),
                        draft.account().handle(),
                        now,
                        ConsentAction.NEVER_PUBLISH,
                        null);
            }
            for (var post : publishing.showingOrNaming(flagged.upn(), names)) {
                raised += raise(
                        flagged.upn(),
                        ConsentAction.POST,
                        post.reference(),
                        post.handle(),
                        now,
                        ConsentAction.NEVER_PUBLISH,
                        null);
            }
            var notice = new Notice(
                    "Never publish: " + raised + (raised == 1 ? " post needs" : " posts need") + " action",
                    "A pupil has been flagged \"never publish\": they may not appear in any post. "
                            + raised + (raised == 1 ? " draft or post shows or names" : " drafts or posts show or name")
                            + " them; SLT will find them on their home page under Needs action.",
                    "");
            notices.toRole(Roles.DSL, notice);
            if (raised > 0) {
                notices.toRole(Roles.SLT, notice);
            }
            return raised;
        });
    }

    private void followUp(String what, Supplier<Integer> work) {
        try {
            PortalTask.runAsSystemApart(() -> transaction.execute(status -> work.get()));
        } catch (RuntimeException e) {
            // The change is committed and stands; the office's or the DSL's change must not fail for this.
            log.error("Could not list the drafts and posts affected by a {}", what, e);
        }
    }

    /**
     * Lists the drafts (of these statuses; all unsent if null) and sent posts that show the pupil on
     * accounts needing the purpose, and tells SLT.
     */
    private int raiseFor(
            String upn, String purpose, String reason, @Nullable Set<DraftStatus> statuses, @Nullable String name) {
        var needing = accounts.all().stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        var now = clock.instant();
        int raised = 0;
        for (var draft : drafts.showing(upn)) {
            if (purpose.equals(draft.account().purpose()) && (statuses == null || statuses.contains(draft.status()))) {
                raised += raise(
                        upn,
                        ConsentAction.DRAFT,
                        draft.id().value(),
                        draft.account().handle(),
                        now,
                        reason,
                        purpose);
            }
        }
        for (var post : publishing.showing(upn)) {
            if (needs(needing, post.account(), purpose)) {
                raised += raise(upn, ConsentAction.POST, post.reference(), post.handle(), now, reason, purpose);
            }
        }
        if (raised > 0) {
            var what = reason.equals(ConsentAction.EXPIRED) ? "expired" : "withdrawn";
            notices.toRole(
                    Roles.SLT,
                    new Notice(
                            "Image consent " + what + ": " + raised + (raised == 1 ? " post needs" : " posts need")
                                    + " action",
                            "A pupil" + (name == null ? "" : " (" + name + ")") + " may no longer be photographed for "
                                    + purpose + ". " + raised
                                    + (raised == 1 ? " draft or post shows" : " drafts or posts show")
                                    + " them; see your home page.",
                            ""));
        }
        return raised;
    }

    private static boolean needs(Map<AccountId, AccountSummary> accounts, AccountId account, String purpose) {
        var summary = accounts.get(account);
        return summary == null || purpose.equals(summary.purpose());
    }

    private int raise(
            String upn,
            String kind,
            UUID reference,
            String handle,
            Instant now,
            String reason,
            @Nullable String purpose) {
        if (actions.existsByUpnAndKindAndReferenceAndReasonAndResolvedAtIsNull(upn, kind, reference, reason)) {
            return 0;
        }
        actions.save(new ConsentAction(upn, kind, reference, handle, now, reason, purpose));
        return 1;
    }
}
