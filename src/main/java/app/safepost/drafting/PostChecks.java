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
import app.safepost.database.ChangeCounts;
import app.safepost.media.MediaLibrary;
import app.safepost.media.PhotoText;
import app.safepost.media.PhotoTextFindings;
import app.safepost.media.Region;
import app.safepost.pupils.ConsentNow;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import app.safepost.school.SchoolProfileService;
import app.safepost.security.PortalTask;
import app.safepost.security.SchoolId;
import app.safepost.security.SchoolInHand;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Runs the policy checks on a post for one account: maps the account, the Computing Lead's guidance
 * and the roster onto the compliance module's terms. Each school has its own checks over its own
 * roster's name index (with the school's name, which is never a pupil's), rebuilt once after
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
    private final ChangeCounts changes;
    private final SchoolProfileService school;
    private final Clock clock;
    /** Each school's checks over its own roster's index, with the count of changes it was built at. */
    private final ConcurrentHashMap<SchoolId, IndexedSchool> indexed = new ConcurrentHashMap<>();

    private record IndexedSchool(ComplianceChecks checks, long indexedAt) {}

    PostChecks(
            ComplianceChecks checks,
            PostingRights rights,
            ComputingLeadGuidance guidance,
            PupilRoster roster,
            MediaLibrary media,
            ChangeCounts changes,
            SchoolProfileService school,
            Clock clock) {
        this.clock = clock;
        this.school = school;
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
        return check(indexRoster(counted), terms.account(), terms.guidance(), content, false)
                .result();
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
            throw new AccessDeniedException(
                    "You may not post to " + right.account().handle() + ".");
        }
        return right;
    }

    /**
     * The content with each pupil said to be in a named photo marked covered exactly when that photo
     * hides them (the photo's covers decide, not the author's word), and each pupil a face was assigned
     * to listed for that photo. Waits for photos still being analysed.
     *
     * @throws UnknownPhoto if a photo does not exist or is not the caller's to use
     */
    DraftContent withCoversFromPhotos(DraftContent content) {
        if (content.photos().isEmpty() && content.pupilsShown().stream().noneMatch(p -> p.mediaId() != null)) {
            return content;
        }
        return PhotosUnderCheck.read(media, content, true).withCovers(content, roster::upnsOfVisiblePupils);
    }

    /** Checks against the roster, account and guidance of this moment, read afresh: for saving, submitting, approving. */
    ComplianceResult checkFor(AccountSummary account, DraftContent given) {
        var schoolChecks = indexRoster(changes.rosterAndPostingRules());
        return check(schoolChecks, account, guidance.guidanceFor(account), given, true)
                .result();
    }

    /** A check of a post, and the regions of each photo whose words must be covered before it can go out. */
    public record CheckedPost(ComplianceResult result, Map<UUID, List<Region>> textToCover) {}

    /**
     * As {@link #check(AccountId, DraftContent)}, with the regions of words to cover in each photo, for
     * the editor to offer covering them.
     */
    @PreAuthorize(Drafts.IS_DRAFTER)
    public CheckedPost checkWithPhotos(AccountId account, @Valid DraftContent content) {
        long counted = changes.rosterAndPostingRules();
        var terms = rights.termsForPreview(account, counted).orElseThrow(() -> new UnknownAccount(account));
        mayDraft(terms.right());
        return check(indexRoster(counted), terms.account(), terms.guidance(), content, false);
    }

    /** What the name checks find in a photo's words, as for a class account, the strictest (the photo API). */
    List<PhotoTextFindings.TextFinding> findInText(PhotoText text) {
        if (text.lines().isEmpty()) {
            return List.of();
        }
        var schoolChecks = indexRoster(changes.rosterAndPostingRules());
        var lines = text.lines();
        // Any platform: only the name findings (P12, P13) are kept, and they do not depend on it.
        var result = schoolChecks.check(
                new AccountRules(AccountRules.Kind.CLASS, AccountRules.Platform.MASTODON, null),
                new PostUnderCheck(".", lines.stream().map(PhotoText.Line::text).toList(), List.of()));
        var found = new ArrayList<PhotoTextFindings.TextFinding>();
        for (var finding : result.findings()) {
            if (finding.altText() >= 0
                    && (finding.clause().equals("P12") || finding.clause().equals("P13"))) {
                var region = lines.get(finding.altText()).region(finding.start(), finding.end());
                found.add(new PhotoTextFindings.TextFinding(
                        finding.clause(),
                        finding.severity().apiName(),
                        finding.clause().equals("P12")
                                ? "P12: this region of the photo reads as a pupil's first name and surname together."
                                        + " Cover it before the photo is posted."
                                : "P13: this region of the photo reads as a pupil's first name; class accounts use"
                                        + " initials only. Cover it before the photo is posted on a class account.",
                        region));
            }
        }
        return found;
    }

    private CheckedPost check(
            ComplianceChecks schoolChecks,
            AccountSummary account,
            PostingGuidance posting,
            DraftContent given,
            boolean finish) {
        var photos = PhotosUnderCheck.read(media, given, finish);
        var content = photos.withCovers(given, roster::upnsOfVisiblePupils);
        var rules = new AccountRules(
                AccountRules.Kind.valueOf(account.kind().name()),
                AccountRules.Platform.valueOf(account.platform().name()),
                guidanceOf(posting),
                account.purpose());
        var altTexts = new ArrayList<>(content.photos().stream()
                .map(DraftContent.AttachedPhoto::altText)
                .toList());
        altTexts.addAll(photos.textLines());
        var checked = schoolChecks.check(rules, new PostUnderCheck(content.text(), altTexts, pupilsInMedia(content)));
        return new CheckedPost(photos.judge(checked), photos.textToCover(checked));
    }

    /** Each pupil once: covered only if covered in every photo they are in. */
    private static List<PupilInMedia> pupilsInMedia(DraftContent content) {
        var covered = new LinkedHashMap<String, Boolean>();
        content.pupilsShown().forEach(p -> covered.merge(p.upn(), p.covered(), Boolean::logicalAnd));
        return covered.entrySet().stream()
                .map(e -> new PupilInMedia(e.getKey(), e.getValue()))
                .toList();
    }

    /** The guidance in force, in the checks' terms: lists become sets, no tag limit becomes -1. */
    static Guidance guidanceOf(PostingGuidance posting) {
        return new Guidance(
                Set.copyOf(posting.requiredHashtags()),
                stripped(posting.forbiddenWords()),
                Set.copyOf(posting.forbiddenHashtags()),
                Set.copyOf(posting.allowedHandles()),
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
        var consents = p.consents().byPurpose().values().stream()
                .filter(ConsentNow::consent)
                .map(c -> new PurposeConsent(c.purpose(), c.expiresOn()))
                .toList();
        return new RosterPupil(
                p.upn(),
                p.firstName(),
                p.surname(),
                p.preferredName(),
                p.className(),
                consents,
                p.neverPublish(),
                p.archived());
    }

    /** The whole roster and the school's name (null before it has a profile), as the checks index them. */
    private record RosterOfTheSchool(
            List<PupilRecord> pupils, @Nullable String schoolName) {}

    /**
     * The whole roster and the school's name, read by the portal itself on a thread of its own: a
     * screen's request thread carries the signed-in person's security context (held in the Vaadin
     * session), which a system task must not replace.
     */
    private RosterOfTheSchool readRosterAsSystem() {
        return PortalTask.runAsSystemApart(() ->
                new RosterOfTheSchool(roster.records(true), school.schoolName().orElse(null)));
    }

    /**
     * The school in hand's checks, their index rebuilt unless it was built at this count of the school's
     * changes. The count is read before the roster, so a change committed while the index is built makes
     * the next check build it again.
     */
    private ComplianceChecks indexRoster(long counted) {
        var school = SchoolInHand.required();
        var current = indexed.get(school);
        if (current != null && current.indexedAt() == counted) {
            return current.checks();
        }
        synchronized (this) {
            current = indexed.get(school);
            if (current != null && current.indexedAt() == counted) {
                return current.checks();
            }
            var read = readRosterAsSystem();
            var pupils = read.pupils().stream().map(PostChecks::rosterPupil).toList();
            var schoolChecks = current == null ? new ComplianceChecks(clock) : current.checks();
            schoolChecks.update(pupils, read.schoolName());
            indexed.put(school, new IndexedSchool(schoolChecks, counted));
            log.info("Indexed {} pupils of school {} for the policy checks", pupils.size(), school);
            return schoolChecks;
        }
    }
}
