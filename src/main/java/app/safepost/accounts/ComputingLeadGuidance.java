package app.safepost.accounts;

import app.safepost.accounts.domain.GuidanceRuleSet;
import app.safepost.accounts.domain.GuidanceRuleSetRepository;
import app.safepost.accounts.domain.GuidanceText;
import app.safepost.audit.AuditTrail;
import app.safepost.audit.RecordRevision;
import app.safepost.compliance.NameMask;
import app.safepost.pupils.PupilNameMask;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Computing Lead's posting guidance (P5): rules for all accounts and for each account, kept as
 * data that the compliance checks read. Only the Computing Lead edits them; every edit is a
 * revision. A {@code null} scope means "all accounts".
 */
@Service
public class ComputingLeadGuidance {

    static final String IS_COMPUTING_LEAD = "hasRole('" + Roles.COMPUTING_LEAD + "')";
    static final String MAY_READ_HISTORY =
            "hasAnyRole('" + Roles.COMPUTING_LEAD + "','" + Roles.SLT + "','" + Roles.GOVERNOR + "')";

    private final GuidanceRuleSetRepository ruleSets;
    private final SocialAccounts accounts;
    private final AuditTrail auditTrail;
    private final PupilNameMask pupilNames;

    ComputingLeadGuidance(
            GuidanceRuleSetRepository ruleSets,
            SocialAccounts accounts,
            AuditTrail auditTrail,
            PupilNameMask pupilNames) {
        this.ruleSets = ruleSets;
        this.accounts = accounts;
        this.auditTrail = auditTrail;
        this.pupilNames = pupilNames;
    }

    /** The rules written for one scope; {@link GuidanceRules#none()} if none are written yet. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public GuidanceRules rulesFor(@Nullable AccountId scope) {
        return find(scope).map(GuidanceRuleSet::rules).orElseGet(GuidanceRules::none);
    }

    /** The guidance in force for an account: all-accounts rules merged with its own. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public PostingGuidance guidanceFor(AccountId account) {
        var summary =
                accounts.account(account).orElseThrow(() -> new IllegalArgumentException("No account " + account));
        return guidanceFor(summary);
    }

    /** The same for an account already read. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public PostingGuidance guidanceFor(AccountSummary account) {
        return GuidanceText.merge(account, rulesFor(null), rulesFor(account.id()));
    }

    /**
     * The rules for a scope as the signed-in person reads them on a screen: with pupils' names masked for
     * those who may not read them (governors), except for the Computing Lead, who edits them. The
     * checks read {@link #rulesFor} as written.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public GuidanceRules rulesToRead(@Nullable AccountId scope) {
        var rules = rulesFor(scope);
        var editor = SignedInStaff.current()
                .map(s -> s.hasRole(Roles.COMPUTING_LEAD))
                .orElse(false);
        var mask = editor ? NameMask.none() : pupilNames.forReader();
        if (!mask.masks()) {
            return rules;
        }
        return new GuidanceRules(
                masked(rules.requiredHashtags(), mask),
                masked(rules.forbiddenWords(), mask),
                masked(rules.forbiddenHashtags(), mask),
                masked(rules.allowedHandles(), mask),
                rules.maxTags(),
                mask.mask(rules.note()),
                rules.severities(),
                rules.version());
    }

    /** The guidance in force for an account as the signed-in person reads it (see {@link #rulesToRead}). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public PostingGuidance guidanceToRead(AccountId account) {
        var summary =
                accounts.account(account).orElseThrow(() -> new IllegalArgumentException("No account " + account));
        return GuidanceText.merge(summary, rulesToRead(null), rulesToRead(account));
    }

    private static List<String> masked(List<String> words, NameMask mask) {
        return words.stream().map(mask::mask).toList();
    }

    /**
     * Saves the rules for a scope. Refuses invalid rules with a message per field, and a stale
     * {@code rules.version()} with an optimistic-locking failure.
     */
    @PreAuthorize(IS_COMPUTING_LEAD)
    @Transactional
    public GuidanceRules update(@Nullable AccountId scope, GuidanceRules rules) {
        requireKnown(scope);
        var problems = GuidanceText.problemsWith(rules);
        if (!problems.isEmpty()) {
            throw new RefusedChange(problems);
        }
        var existing = find(scope);
        if (existing.isEmpty()) {
            if (rules.version() != -1) {
                throw new ObjectOptimisticLockingFailureException(GuidanceRuleSet.class, String.valueOf(scope));
            }
            return ruleSets.saveAndFlush(new GuidanceRuleSet(scope == null ? null : scope.value(), rules))
                    .rules();
        }
        var ruleSet = existing.get();
        if (ruleSet.getVersion() != rules.version()) {
            throw new ObjectOptimisticLockingFailureException(GuidanceRuleSet.class, ruleSet.getId());
        }
        ruleSet.update(rules);
        return ruleSets.saveAndFlush(ruleSet).rules();
    }

    /** Writes the rules for a scope only if it has none yet; {@code true} if written. For demo data. */
    @PreAuthorize(IS_COMPUTING_LEAD)
    @Transactional
    public boolean setUpIfMissing(@Nullable AccountId scope, GuidanceRules rules) {
        requireKnown(scope);
        if (find(scope).isPresent()) {
            return false;
        }
        var problems = GuidanceText.problemsWith(rules);
        if (!problems.isEmpty()) {
            throw new RefusedChange(problems);
        }
        ruleSets.save(new GuidanceRuleSet(scope == null ? null : scope.value(), rules));
        return true;
    }

    /** Every revision of a scope's rules, oldest first; empty if it has none. */
    @PreAuthorize(MAY_READ_HISTORY)
    @Transactional(readOnly = true)
    public List<RecordRevision> history(@Nullable AccountId scope) {
        return find(scope)
                .map(r -> auditTrail.historyOf(GuidanceRuleSet.class, r.getId()))
                .orElse(List.of());
    }

    /** The explorer's view of a scope's guidance history, if it has any (readers of the audit trail only). */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    @Transactional(readOnly = true)
    public Optional<String> historyLink(@Nullable AccountId scope) {
        return find(scope).map(r -> auditTrail.historyLink(GuidanceRuleSet.class, r.getId()));
    }

    private Optional<GuidanceRuleSet> find(@Nullable AccountId scope) {
        return scope == null ? ruleSets.findByAccountIdIsNull() : ruleSets.findByAccountId(scope.value());
    }

    private void requireKnown(@Nullable AccountId scope) {
        if (scope != null && accounts.account(scope).isEmpty()) {
            throw new IllegalArgumentException("No account " + scope);
        }
    }
}
