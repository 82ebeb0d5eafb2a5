package app.safepost.policies.domain;

import app.safepost.policies.PolicyClause;
import app.safepost.policies.TrackedChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Clauses P1–P17 of the social-media policy, the features that enforce them, and the phrases by which
 * a clause is recognised in the policy's text, so that a review can say which settings a changed
 * sentence affects. The phrases come from the school's 2023 wording; a sentence that matches none is
 * shown as changed but linked to no setting.
 */
public final class PolicyClauses {

    private record Entry(PolicyClause clause, List<String> phrases) {}

    private static final List<Entry> ENTRIES = List.of(
            entry(
                    "P1",
                    "Only SLT upload to the whole-school account",
                    "Posting rights per account; whole-school posts by SLT only",
                    "accounts",
                    "whole school account",
                    "senior leadership team",
                    "uploading of content"),
            entry(
                    "P2",
                    "A senior teacher runs the account on a school trip",
                    "Trip delegations: a named teacher, start and end",
                    "trip-delegations",
                    "school trip",
                    "senior teacher",
                    "period of the trip"),
            entry("P3", "Photos are taken on school iPads only", "The register of school iPads", "devices", "ipad"),
            entry(
                    "P4",
                    "Class accounts are run by the class teacher or TAs",
                    "Class accounts and their teacher and TAs",
                    "classes",
                    "class twitter accounts will be run",
                    "class teachers or teaching assistants"),
            entry(
                    "P5",
                    "Usage follows the Computing Lead's guidance",
                    "The Computing Lead's posting guidance",
                    "guidance",
                    "computing lead",
                    "hashtag",
                    "tagging"),
            entry(
                    "P6",
                    "Accounts are password protected",
                    "Held platform credentials, encrypted",
                    "accounts",
                    "password"),
            entry(
                    "P7",
                    "The school may block inappropriate accounts",
                    "Follower register and block decisions",
                    null,
                    "block accounts",
                    "open to all followers"),
            entry(
                    "P8",
                    "Staff follow only from secure, private accounts; never parents or pupils",
                    "Staff acknowledgements of the policy",
                    "policies",
                    "secure and private",
                    "follow parents",
                    "staff wishing to follow"),
            entry(
                    "P9",
                    "The school account follows nobody, with case-by-case exceptions",
                    "Follow exceptions decided by SLT",
                    null,
                    "seek to follow",
                    "exceptions may be made",
                    "case-by-case",
                    "receiver of information"),
            entry(
                    "P10",
                    "Inappropriate content: the four categories",
                    "Incident categories",
                    null,
                    "inappropriate:",
                    "offensive language",
                    "unsuitable images",
                    "copyright",
                    "undermine"),
            entry(
                    "P11",
                    "Inappropriate content is deleted, blocked, reported, escalated",
                    "The incident workflow",
                    null,
                    "will be deleted",
                    "reported to twitter",
                    "appropriate authority"),
            entry(
                    "P12",
                    "Children by first name or initials only, never with surname",
                    "The compliance check of every draft against the roster",
                    "pupils",
                    "first names or initials",
                    "first names and surnames"),
            entry(
                    "P13",
                    "Class accounts use initials only",
                    "The compliance check of class-account drafts",
                    "pupils",
                    "initials only"),
            entry(
                    "P14",
                    "Photos only with parental permission (GDPR form)",
                    "The image-consent register",
                    "photo-consent",
                    "permission will be sought",
                    "gdpr form",
                    "photographs of children"),
            entry(
                    "P15",
                    "Children without permission are pixelated or emoji'd out",
                    "Photo checks: pupils without consent must be covered",
                    "photo-consent",
                    "pixelated",
                    "emoji",
                    "without image-use permission"),
            entry(
                    "P16",
                    "Reviewed annually, signed by the head teacher",
                    "The policy review and sign-off",
                    "policies",
                    "review date",
                    "head teacher signature",
                    "date adopted"),
            entry(
                    "P17",
                    "Read with the Online-Safety/AUP and Behaviour policies",
                    "The policy library",
                    "policies",
                    "read in conjunction",
                    "online-safety",
                    "behaviour policy"));

    private PolicyClauses() {}

    private static Entry entry(String id, String clause, String enforcedBy, String route, String... phrases) {
        return new Entry(new PolicyClause(id, clause, enforcedBy, route), List.of(phrases));
    }

    public static List<PolicyClause> all() {
        return ENTRIES.stream().map(Entry::clause).toList();
    }

    /** The clauses a piece of the policy's text speaks about. */
    public static List<PolicyClause> in(String text) {
        var lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return ENTRIES.stream()
                .filter(e -> e.phrases().stream().anyMatch(lower::contains))
                .map(Entry::clause)
                .toList();
    }

    /** The clauses whose wording a review changed: removed or added sentences that speak about them. */
    public static List<PolicyClause> affectedBy(List<TrackedChange> changes) {
        var changed = new StringBuilder();
        for (var change : changes) {
            if (change.kind() != TrackedChange.Kind.UNCHANGED) {
                changed.append(change.text()).append('\n');
            }
        }
        return new ArrayList<>(in(changed.toString()));
    }
}
