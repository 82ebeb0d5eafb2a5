package app.safepost.drafting;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.ComputingLeadGuidance;
import app.safepost.accounts.GuidanceRuleKind;
import app.safepost.accounts.GuidanceSeverity;
import app.safepost.accounts.PostingGuidance;
import app.safepost.accounts.PostingRight;
import app.safepost.accounts.PostingRights;
import app.safepost.compliance.AccountRules;
import app.safepost.compliance.ComplianceChecks;
import app.safepost.compliance.ComplianceResult;
import app.safepost.compliance.Guidance;
import app.safepost.compliance.PostLength;
import app.safepost.compliance.PostUnderCheck;
import app.safepost.compliance.PupilInMedia;
import app.safepost.compliance.PurposeConsent;
import app.safepost.compliance.RosterPupil;
import app.safepost.compliance.Severity;
import app.safepost.database.CountedChanges;
import app.safepost.media.MediaId;
import app.safepost.media.MediaLibrary;
import app.safepost.pupils.ConsentNow;
import app.safepost.pupils.PupilId;
import app.safepost.pupils.PupilRoster;
import app.safepost.security.PortalTask;
import app.safepost.security.Roles;
import app.safepost.pupils.PupilRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.Valid;

/**
 * Runs the policy checks on a post for one account: maps the account, the Computing Lead's guidance
 * and the roster onto the compliance module's terms. The roster's name index is rebuilt once after
 * each change the database counted (on the first check after it, on whichever instance made the
 * change), never per check. A preview ({@link #check}: as staff type, and the API's check) takes the
 * account, its class's staff and the guidance from memory while no change was counted; saving,
 * submitting and approving read them afresh (docs/decisions/0019-counted-changes.md).
 */
@Service
@Validated
public class PostChecks {

    private static final Logger log = LoggerFactory.getLogger(PostChecks.class);

    private final ComplianceChecks checks;
    private final PostingRights rights;
    private final ComputingLeadGuidance guidance;
    private final PupilRoster roster;
    private final MediaLibrary media;
    private final CountedChanges changes;
    /** The count of changes the roster index was built at; none yet. */
    private volatile long indexedAt = -1;

    PostChecks(ComplianceChecks checks, PostingRights rights, ComputingLeadGuidance guidance,
               PupilRoster roster, MediaLibrary media, CountedChanges changes) {
        this.media = media;
        this.changes = changes;
        this.checks = checks;
        this.rights = rights;
        this.guidance = guidance;
        this.roster = roster;
    }

    /**
     * Checks a post for an account the caller may draft for; saves nothing.
     *
     * @throws UnknownAccount         if there is no such account
     * @throws AccessDeniedException  if the caller may not draft for it
     */
    @PreAuthorize(Drafts.IS_DRAFTER)
    public ComplianceResult check(AccountId account, @Valid DraftContent content) {
        long counted = changes.rosterAndPostingRules();
        var terms = rights.termsForPreview(account, counted).orElseThrow(() -> new UnknownAccount(account));
        mayDraft(terms.right());
        indexRoster(counted);
        return check(terms.account(), terms.guidance(), content);
    }

    /** The post's length as the account's platform counts it. */
    @PreAuthorize(Drafts.IS_DRAFTER)
    public PostLength length(AccountSummary account, String text) {
        return checks.length(AccountRules.Platform.valueOf(account.platform().name()), text);
    }

    /** The account, if it exists and the caller may draft for it now. */
    @PreAuthorize(Drafts.IS_DRAFTER)
    public AccountSummary draftableAccount(AccountId account) {
        return draftableRight(account).account();
    }

    /** The caller's right to the account, if it exists and they may draft for it now (read afresh). */
    @PreAuthorize(Drafts.IS_DRAFTER)
    public PostingRight draftableRight(AccountId account) {
        return mayDraft(rights.right(account).orElseThrow(() -> new UnknownAccount(account)));
    }

    private static PostingRight mayDraft(PostingRight right) {
        if (!right.mayDraft()) {
            throw new AccessDeniedException("You may not post to " + right.account().handle() + ".");
        }
        return right;
    }

    /**
     * The content with each pupil said to be in a named photo marked covered exactly when that photo
     * has a cover over them: the photo's covers decide, not the author's word.
     *
     * @throws UnknownPhoto if a photo does not exist or is not the caller's to use
     */
    DraftContent withCoversFromPhotos(DraftContent content) {
        var coveredIn = new java.util.HashMap<java.util.UUID, Set<PupilId>>();
        for (var photo : content.photos()) {
            var summary = media.find(new MediaId(photo.mediaId())).orElseThrow(() -> new UnknownPhoto(photo.mediaId()));
            coveredIn.put(photo.mediaId(), Set.copyOf(summary.coveredPupils()));
        }
        if (content.pupilsShown().stream().noneMatch(p -> p.mediaId() != null)) {
            return content;
        }
        var upns = roster.upnsOfVisiblePupils();
        var pupils = content.pupilsShown().stream().map(p -> {
            if (p.mediaId() == null) {
                return p;
            }
            var covers = coveredIn.get(p.mediaId());
            if (covers == null) {
                throw new UnknownPhoto(p.mediaId());
            }
            boolean covered = covers.stream().anyMatch(id -> p.upn().equals(upns.get(id)));
            return new DraftContent.PupilShown(p.upn(), covered, p.mediaId());
        }).toList();
        return new DraftContent(content.text(), content.photos(), pupils);
    }

    /** Checks against the roster, account and guidance of this moment, read afresh: for saving, submitting, approving. */
    ComplianceResult checkFor(AccountSummary account, DraftContent given) {
        indexRoster(changes.rosterAndPostingRules());
        return check(account, guidance.guidanceFor(account), given);
    }

    private ComplianceResult check(AccountSummary account, PostingGuidance posting, DraftContent given) {
        var content = withCoversFromPhotos(given);
        var rules = new AccountRules(AccountRules.Kind.valueOf(account.kind().name()),
                AccountRules.Platform.valueOf(account.platform().name()), guidanceOf(posting), account.purpose());
        var post = new PostUnderCheck(content.text(),
                content.photos().stream().map(DraftContent.AttachedPhoto::altText).toList(),
                pupilsInMedia(content));
        return checks.check(rules, post);
    }

    /** Each pupil once: covered only if covered in every photo they are in. */
    private static List<PupilInMedia> pupilsInMedia(DraftContent content) {
        var covered = new java.util.LinkedHashMap<String, Boolean>();
        content.pupilsShown().forEach(p -> covered.merge(p.upn(), p.covered(), Boolean::logicalAnd));
        return covered.entrySet().stream().map(e -> new PupilInMedia(e.getKey(), e.getValue())).toList();
    }

    /** The guidance in force, in the checks' terms: lists become sets, no tag limit becomes -1. */
    static Guidance guidanceOf(PostingGuidance posting) {
        return new Guidance(Set.copyOf(posting.requiredHashtags()), stripped(posting.forbiddenWords()),
                Set.copyOf(posting.forbiddenHashtags()), Set.copyOf(posting.allowedHandles()),
                posting.maxTags() == null ? Guidance.NO_TAG_LIMIT : posting.maxTags(),
                severity(posting, GuidanceRuleKind.REQUIRED_HASHTAGS, Severity.WARN),
                severity(posting, GuidanceRuleKind.FORBIDDEN_WORDS, Severity.BLOCK),
                severity(posting, GuidanceRuleKind.ALLOWED_HANDLES, Severity.WARN),
                severity(posting, GuidanceRuleKind.MAX_TAGS, Severity.WARN),
                String.join("\n\n", posting.notes()));
    }

    private static Set<String> stripped(List<String> words) {
        var set = new HashSet<String>();
        words.forEach(w -> set.add(w.strip()));
        return set;
    }

    private static Severity severity(PostingGuidance posting, GuidanceRuleKind kind, Severity otherwise) {
        var severity = posting.severityOf(kind);
        return severity == null ? otherwise : severity == GuidanceSeverity.BLOCK ? Severity.BLOCK : Severity.WARN;
    }

    /** A pupil in the checks' terms: each purpose with a yes, with its expiry (the checks judge the day). */
    static RosterPupil rosterPupil(PupilRecord p) {
        var consents = p.consents().byPurpose().values().stream().filter(ConsentNow::consent)
                .map(c -> new PurposeConsent(c.purpose(), c.expiresOn())).toList();
        return new RosterPupil(p.upn(), p.firstName(), p.surname(), p.preferredName(), p.className(), consents,
                p.neverPublish(), p.archived());
    }

    /**
     * The whole roster, read by the portal itself on a thread of its own: a screen's request thread
     * carries the signed-in person's security context (held in the Vaadin session), which a system
     * task must not replace.
     */
    private List<PupilRecord> readRosterAsSystem() {
        return PortalTask.runAsSystemApart(() -> roster.records(true));
    }

    /**
     * Rebuilds the index unless it was built at this count of changes. The count is read before the
     * roster, so a change committed while the index is built makes the next check build it again.
     */
    private void indexRoster(long counted) {
        if (indexedAt == counted) {
            return;
        }
        synchronized (this) {
            if (indexedAt == counted) {
                return;
            }
            var pupils = readRosterAsSystem().stream().map(PostChecks::rosterPupil).toList();
            checks.update(pupils);
            indexedAt = counted;
            log.info("Indexed {} pupils for the policy checks", pupils.size());
        }
    }
}
