package app.safepost.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks posts against one roster index. Plain Java, immutable and thread-safe; a check of a
 * tweet-sized post takes microseconds and touches no database. Make a new checker when the roster
 * changes (or use {@link ComplianceChecks}, which does that).
 */
public final class PostChecker {

    /** Findings in the text first, in text order; then in each alt text; then about the whole post. */
    private static final Comparator<Finding> ORDER = Comparator.comparingInt(
                    (Finding f) -> f.start() < 0 ? Integer.MAX_VALUE : f.altText())
            .thenComparingInt(Finding::start)
            .thenComparingInt(Finding::end);

    /** The day tests of rules that do not depend on the day judge on: before any consent expired. */
    private static final LocalDate ANY_DAY = LocalDate.EPOCH;

    private final RosterIndex roster;
    private final NeverPublishNames neverPublish;

    public PostChecker(RosterIndex roster) {
        this.roster = Objects.requireNonNull(roster, "roster");
        this.neverPublish = NeverPublishNames.of(roster);
    }

    public RosterIndex roster() {
        return roster;
    }

    /** For the checks' own tests of rules that do not depend on the day. */
    ComplianceResult check(AccountRules account, PostUnderCheck post) {
        return check(account, post, ANY_DAY);
    }

    /**
     * Checks the post for the account; consents are judged as they stand on {@code day} (the school's
     * day, given by the caller: the checks never read a clock).
     */
    public ComplianceResult check(AccountRules account, PostUnderCheck post, LocalDate day) {
        Objects.requireNonNull(day, "day");
        var findings = new ArrayList<Finding>();
        boolean classAccount = account.kind() == AccountRules.Kind.CLASS;

        checkText(post.text(), 0, Finding.NOT_IN_TEXT, account, classAccount, findings);
        LengthLimits.check(post.text(), account.platform(), findings);

        List<String> altTexts = post.altTexts();
        for (int a = 0; a < altTexts.size(); a++) {
            String altText = altTexts.get(a);
            if (altText == null || altText.isBlank()) {
                continue;
            }
            checkText(altText, 1, a, account, classAccount, findings);
        }
        PhotoConsent.check(roster, post.pupilsInMedia(), account.purpose(), day, findings);

        if (findings.size() > 1) {
            findings.sort(ORDER);
        }
        return ComplianceResult.of(findings);
    }

    /**
     * The checks of the words of a post's text or of one alt text. A text with direction controls is
     * checked as it is shown, and its findings then point at what was typed ({@link DisplayedText}).
     */
    private void checkText(
            String text, int slot, int altText, AccountRules account, boolean classAccount, List<Finding> out) {
        var scan = TextScan.reused(slot, text);
        if (!scan.hasDirectionControls) {
            checkWords(scan, account, classAccount, altText, out);
            return;
        }
        var shown = DisplayedText.of(text);
        var found = new ArrayList<Finding>();
        checkWords(TextScan.of(shown.text()), account, classAccount, altText, found);
        shown.pointIntoTyped(found, out);
        DisplayedText.hiddenControls(text, altText, out);
    }

    private void checkWords(TextScan scan, AccountRules account, boolean classAccount, int altText, List<Finding> out) {
        PupilNameCheck.check(roster, scan, classAccount, altText, out);
        neverPublish.check(scan, altText, out);
        ContactDetails.check(scan, altText, out);
        LiveLocation.check(scan, altText, out);
        if (altText == Finding.NOT_IN_TEXT) {
            GuidanceChecks.check(scan, account.guidance(), out);
        } else {
            GuidanceChecks.forbiddenWords(scan, account.guidance(), altText, out);
        }
    }
}
