package app.safepost.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.audit.ChangeType;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@SafepostTest
class ComputingLeadGuidanceTest {

    @Autowired
    ComputingLeadGuidance guidance;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    /** The accounts' rules as the tests found them: other tests post to these accounts after this one. */
    private final Map<AccountId, GuidanceRules> found = new HashMap<>();

    @BeforeEach
    void rememberTheRules() {
        SignedIn.as(demoUsers, "computing");
        for (var handle : List.of("@JGP_Kingfishers", "@JGP_Wrens", "@JGP_Robins")) {
            found.put(account(handle), guidance.rulesFor(account(handle)));
        }
    }

    @AfterEach
    void putTheRulesBackAndSignOut() {
        SignedIn.as(demoUsers, "computing");
        found.forEach((account, rules) -> {
            var now = guidance.rulesFor(account);
            var back = withVersion(rules, now.version());
            if (!back.equals(now)) {
                guidance.update(account, back);
            }
        });
        SignedIn.nobody();
    }

    private static GuidanceRules withVersion(GuidanceRules rules, long version) {
        return new GuidanceRules(
                rules.requiredHashtags(),
                rules.forbiddenWords(),
                rules.forbiddenHashtags(),
                rules.allowedHandles(),
                rules.maxTags(),
                rules.note(),
                rules.severities(),
                version);
    }

    private AccountId account(String handle) {
        return accounts.accountWithHandle(handle).orElseThrow().id();
    }

    private static GuidanceRules withHashtags(GuidanceRules rules, List<String> required) {
        return new GuidanceRules(
                required,
                rules.forbiddenWords(),
                rules.forbiddenHashtags(),
                rules.allowedHandles(),
                rules.maxTags(),
                rules.note(),
                rules.severities(),
                rules.version());
    }

    @Test
    void the_demo_school_has_light_guidance_for_all_accounts() {
        SignedIn.as(demoUsers, "teacher");

        var all = guidance.rulesFor(null);

        // No required hashtag: a clean post passes the checks without warnings.
        assertThat(all.requiredHashtags()).isEmpty();
        assertThat(all.forbiddenWords()).contains("stupid");
        assertThat(all.maxTags()).isEqualTo(3);
        assertThat(all.allowedHandles()).hasSize(8).contains("@JesseGrayPrimary", "@JGP_Owls");
        assertThat(all.note()).isNotBlank();
    }

    @Test
    void the_computing_lead_adds_rules_for_one_account_and_they_merge_with_the_all_accounts_rules() {
        SignedIn.as(demoUsers, "computing");
        var kingfishers = account("@JGP_Kingfishers");
        var own = new GuidanceRules(
                List.of("#Kingfishers"),
                List.of(),
                List.of("#NoFilter"),
                List.of("@NottsLibraries"),
                2,
                "Initials only on the class account.",
                Map.of(GuidanceRuleKind.REQUIRED_HASHTAGS, GuidanceSeverity.BLOCK),
                guidance.rulesFor(kingfishers).version());

        guidance.update(kingfishers, own);

        SignedIn.as(demoUsers, "teacher");
        var inForce = guidance.guidanceFor(kingfishers);
        assertThat(inForce.requiredHashtags()).containsExactly("#Kingfishers");
        assertThat(inForce.forbiddenHashtags()).containsExactly("#NoFilter");
        assertThat(inForce.allowedHandles()).contains("@JGP_Owls", "@NottsLibraries");
        assertThat(inForce.maxTags()).isEqualTo(2);
        assertThat(inForce.notes()).hasSize(2).last().isEqualTo("Initials only on the class account.");
        assertThat(inForce.severityOf(GuidanceRuleKind.REQUIRED_HASHTAGS)).isEqualTo(GuidanceSeverity.BLOCK);
        // Other accounts keep only the all-accounts rules.
        assertThat(guidance.guidanceFor(account("@JGP_Owls")).requiredHashtags())
                .isEmpty();
    }

    @Test
    void every_edit_is_a_revision_with_before_and_after() {
        SignedIn.as(demoUsers, "computing");
        var wrens = account("@JGP_Wrens");
        var first = guidance.update(wrens, withHashtags(GuidanceRules.none(), List.of("#Wrens")));

        guidance.update(wrens, withHashtags(first, List.of("#Wrens", "#Reading")));

        SignedIn.as(demoUsers, "governor");
        var history = guidance.history(wrens);
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().type()).isEqualTo(ChangeType.ADDED);
        assertThat(history.getLast().by()).isEqualTo("computing");
        assertThat(history.getLast().changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("requiredHashtags");
            assertThat(change.before()).isEqualTo("#Wrens");
            assertThat(change.after()).isEqualTo("#Wrens, #Reading");
        });
    }

    @Test
    void a_stale_edit_is_refused() {
        SignedIn.as(demoUsers, "computing");
        var robins = account("@JGP_Robins");
        var first = guidance.update(robins, withHashtags(GuidanceRules.none(), List.of("#Robins")));
        guidance.update(robins, withHashtags(first, List.of("#Robins", "#EYFS")));

        assertThatThrownBy(() -> guidance.update(robins, withHashtags(first, List.of("#Other"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> guidance.update(robins, withHashtags(GuidanceRules.none(), List.of("#New"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void invalid_rules_are_refused_field_by_field_and_change_nothing() {
        SignedIn.as(demoUsers, "computing");
        var before = guidance.rulesFor(null);
        var bad = new GuidanceRules(
                List.of("JGPLearning"), List.of(), List.of(), List.of("JGP_Owls"), 50, "", Map.of(), before.version());

        assertThatThrownBy(() -> guidance.update(null, bad))
                .isInstanceOfSatisfying(
                        RefusedChange.class,
                        refused -> assertThat(refused.errors())
                                .containsOnlyKeys("requiredHashtags", "allowedHandles", "maxTags"));
        assertThat(guidance.rulesFor(null)).isEqualTo(before);
    }

    @Test
    void only_the_computing_lead_edits_and_teachers_do_not_read_the_history() {
        SignedIn.as(demoUsers, "deputy");
        var rules = guidance.rulesFor(null);
        assertThatThrownBy(() -> guidance.update(null, rules)).isInstanceOf(AccessDeniedException.class);
        assertThat(guidance.history(null)).isNotEmpty();

        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> guidance.update(null, rules)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guidance.history(null)).isInstanceOf(AccessDeniedException.class);
    }
}
