package app.safepost.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.AccountKind;
import app.safepost.accounts.AccountSummary;
import app.safepost.accounts.GuidanceRuleKind;
import app.safepost.accounts.GuidanceRules;
import app.safepost.accounts.GuidanceSeverity;
import app.safepost.accounts.Platform;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GuidanceTextTest {

    private static final AccountSummary KESTRELS = new AccountSummary(
            new AccountId(UUID.randomUUID()), "@JGP_Kestrels", Platform.X, AccountKind.CLASS, null, "Class 3", true);

    private static GuidanceRules rules(
            List<String> required,
            List<String> handles,
            Integer maxTags,
            String note,
            Map<GuidanceRuleKind, GuidanceSeverity> severities) {
        return new GuidanceRules(required, List.of(), List.of(), handles, maxTags, note, severities, -1);
    }

    @Test
    void typed_tags_are_split_on_commas_and_spaces_without_repeats() {
        assertThat(GuidanceText.tags(" #JGPLearning, #Kestrels\n#jgplearning  "))
                .containsExactly("#JGPLearning", "#Kestrels");
        assertThat(GuidanceText.words("silly billy, stupid\nidiot,")).containsExactly("silly billy", "stupid", "idiot");
        assertThat(GuidanceText.tags("")).isEmpty();
    }

    @Test
    void stored_lists_read_back_as_written() {
        var list = List.of("#JGPLearning", "#Kestrels");
        assertThat(GuidanceText.split(GuidanceText.join(list))).isEqualTo(list);
        assertThat(GuidanceText.split("")).isEmpty();
    }

    @Test
    void hashtags_and_handles_must_carry_their_sign() {
        var problems =
                GuidanceText.problemsWith(rules(List.of("JGPLearning"), List.of("JGP_Owls"), null, "", Map.of()));

        assertThat(problems).containsOnlyKeys("requiredHashtags", "allowedHandles");
        assertThat(problems.get("requiredHashtags")).startsWith("\"JGPLearning\" is not valid.");
    }

    @Test
    void a_mastodon_handle_with_its_server_is_allowed() {
        assertThat(GuidanceText.problemsWith(rules(List.of(), List.of("@museum@mastodon.social"), 3, "", Map.of())))
                .isEmpty();
    }

    @Test
    void the_tag_limit_is_between_0_and_20() {
        assertThat(GuidanceText.problemsWith(rules(List.of(), List.of(), 21, "", Map.of())))
                .containsOnlyKeys("maxTags");
        assertThat(GuidanceText.problemsWith(rules(List.of(), List.of(), -1, "", Map.of())))
                .containsOnlyKeys("maxTags");
        assertThat(GuidanceText.problemsWith(rules(List.of(), List.of(), 0, "", Map.of())))
                .isEmpty();
    }

    @Test
    void an_account_gets_the_all_accounts_rules_plus_its_own_with_the_stricter_limits() {
        var all = rules(
                List.of("#JGPLearning"),
                List.of("@JesseGrayPrimary", "@JGP_Owls"),
                3,
                "Be kind.",
                Map.of(GuidanceRuleKind.REQUIRED_HASHTAGS, GuidanceSeverity.WARN));
        var own = rules(
                List.of("#Kestrels", "#jgplearning"),
                List.of("@NottsLibraries"),
                2,
                "Initials only.",
                Map.of(GuidanceRuleKind.REQUIRED_HASHTAGS, GuidanceSeverity.BLOCK));

        var merged = GuidanceText.merge(KESTRELS, all, own);

        assertThat(merged.handle()).isEqualTo("@JGP_Kestrels");
        assertThat(merged.requiredHashtags()).containsExactly("#JGPLearning", "#Kestrels");
        assertThat(merged.allowedHandles()).containsExactly("@JesseGrayPrimary", "@JGP_Owls", "@NottsLibraries");
        assertThat(merged.maxTags()).isEqualTo(2);
        assertThat(merged.notes()).containsExactly("Be kind.", "Initials only.");
        assertThat(merged.severityOf(GuidanceRuleKind.REQUIRED_HASHTAGS)).isEqualTo(GuidanceSeverity.BLOCK);
        assertThat(merged.severityOf(GuidanceRuleKind.FORBIDDEN_WORDS)).isEqualTo(GuidanceSeverity.BLOCK);
        assertThat(merged.severityOf(GuidanceRuleKind.MAX_TAGS)).isEqualTo(GuidanceSeverity.WARN);
    }

    @Test
    void without_any_rules_nothing_is_required_and_there_is_no_limit() {
        var merged = GuidanceText.merge(KESTRELS, GuidanceRules.none(), GuidanceRules.none());

        assertThat(merged.requiredHashtags()).isEmpty();
        assertThat(merged.maxTags()).isNull();
        assertThat(merged.notes()).isEmpty();
    }
}
