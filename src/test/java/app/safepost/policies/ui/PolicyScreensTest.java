package app.safepost.policies.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.moderation.FollowExceptionSummary;
import app.safepost.moderation.FollowExceptions;
import app.safepost.moderation.FollowKind;
import app.safepost.policies.PolicyId;
import app.safepost.policies.PolicyLibrary;
import app.safepost.policies.PolicySummary;
import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Browserless tests of the policy library, a policy's page and its review. */
class PolicyScreensTest extends ScreenTest {

    private static final String DEMO = "Social media (Twitter) policy";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PolicyLibrary library;

    @Autowired
    FollowExceptions follows;

    @Autowired
    SocialAccounts accounts;

    private PolicySummary demo() {
        return InSchool.jesseGray(jdbc, () -> library.policyTitled(DEMO).orElseThrow());
    }

    /** A policy of the test's own, adopted from the demo text, due in a month. */
    private PolicyId ownPolicy() throws IOException {
        String text;
        try (var in = getClass().getResourceAsStream("/demo/jesse-gray-twitter-policy-2023.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var title = "Screen test policy " + UUID.randomUUID();
        var today = LocalDate.now(SchoolTime.ZONE);
        return InSchool.jesseGray(jdbc, () -> {
            library.importIfMissing(
                    title, 1, "Senior Leadership Team", today.minusMonths(11), today.plusMonths(1), text);
            return library.policyTitled(title).orElseThrow().id();
        });
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    @Test
    void the_library_lists_the_policy_and_those_it_is_read_with() {
        signInAs("governor");
        navigate(PoliciesView.class);

        @SuppressWarnings("unchecked")
        Grid<PolicySummary> grid = $(Grid.class).id("policy-library");
        var rows = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i))
                .toList();
        assertThat(rows)
                .extracting(PolicySummary::title)
                .contains(DEMO, "Behaviour Policy", "Online-Safety and Acceptable Use of ICT Policy");
        var demo = rows.stream().filter(p -> p.title().equals(DEMO)).findFirst().orElseThrow();
        assertThat(PoliciesView.standing(demo, LocalDate.now(SchoolTime.ZONE))).startsWith("Overdue since 1 Jan 2024");
    }

    @Test
    void governors_open_the_policys_history_in_the_audit_trail() {
        signInAs("governor");
        navigate("policies/" + demo().id().value(), PolicyView.class);

        assertThat($(Anchor.class).id("policy-history").getHref())
                .startsWith("audit?type=")
                .endsWith("&record=" + demo().id().value());
    }

    @Test
    void a_teacher_reads_the_policy_its_sign_off_block_and_clauses_and_must_tick_both_rules() {
        signInAs("teacher4");
        navigate("policies/" + demo().id().value(), PolicyView.class);

        assertThat($(Markdown.class).single().getContent())
                .contains("Under no circumstances should staff members" + " follow parents or students.");
        assertThat($(Div.class).withClassName("sign-off").single().getElement().getTextRecursively())
                .contains("no signature is held")
                .contains("Next review: 1 Jan 2024");
        assertThat($(UnorderedList.class).id("read-with").getElement().getTextRecursively())
                .contains("Behaviour Policy");
        assertThat($(UnorderedList.class).id("policy-clauses").getChildren().count())
                .isEqualTo(17);
        assertThat($(Grid.class).withId("acknowledgements").exists())
                .as("only SLT see who has confirmed")
                .isFalse();
        assertThat($(Anchor.class).withId("policy-history").exists())
                .as("teachers do not read the audit trail")
                .isFalse();

        test($(Checkbox.class)
                        .withLabel("I follow the school's accounts only from a secure, private account.")
                        .single())
                .click();
        test($(Button.class).withText("I have read it and confirm").single()).click();

        var unticked =
                $(Checkbox.class).withLabel("I never follow parents or pupils.").single();
        assertThat(unticked.isInvalid()).isTrue();
        assertThat(unticked.getErrorMessage()).isEqualTo("Confirm that you never follow parents or pupils.");
        assertThat($(Div.class).withId("acknowledge-card").exists()).isTrue();
    }

    @Test
    void a_member_of_staff_confirms_and_slt_see_it() throws IOException {
        var policy = ownPolicy();
        signInAs("ta");
        navigate("policies/" + policy.value(), PolicyView.class);
        $(Checkbox.class).all().forEach(box -> test(box).click());
        test($(Button.class).withText("I have read it and confirm").single()).click();
        assertThat($(Paragraph.class).id("acknowledged").getText())
                .isEqualTo("You have confirmed version 1 of this policy.");

        signInAs("deputy");
        navigate("policies/" + policy.value(), PolicyView.class);
        assertThat($(Paragraph.class).id("acknowledgement-summary").getText())
                .isEqualTo("1 of 8 members of staff have confirmed version 1.");
        assertThat($(Button.class).id("remind").isEnabled()).isTrue();
    }

    private Button buttonLabelled(String label) {
        return $(Button.class).all().stream()
                .filter(b -> label.equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label));
    }

    @Test
    void slt_edit_a_section_and_see_the_tracked_change_and_the_clause_it_affects() throws IOException {
        var policy = ownPolicy();
        signInAs("deputy");
        navigate("policies/" + policy.value() + "/review", PolicyReviewView.class);
        test($(Button.class).id("open-review")).click();
        assertThat($(Markdown.class).all())
                .as("the draft shows as formatted text")
                .isNotEmpty()
                .allSatisfy(section -> assertThat(section.isVisible()).isTrue());
        assertThat($(TextArea.class).withLabel("Twitter followers").exists())
                .as("Markdown only when editing")
                .isFalse();

        test(buttonLabelled("Edit section Twitter followers")).click();
        var followers = $(TextArea.class).withLabel("Twitter followers").single();
        assertThat(followers.isVisible()).isTrue();
        test(followers)
                .setValue(followers.getValue().replace("follow parents or students.", "follow parents or pupils."));
        test(buttonLabelled("Save section Twitter followers")).click();

        assertThat(text("tracked-changes"))
                .contains("Removed: Under no circumstances should staff members follow" + " parents or students.")
                .contains("Added: Under no circumstances should staff members follow parents" + " or pupils.");
        assertThat($(UnorderedList.class).id("affected-clauses").getElement().getTextRecursively())
                .contains("P8: Staff follow only from secure, private accounts");
        assertThat(text("sign-off")).contains("The head teacher signs off the review");
    }

    @Test
    void the_head_cannot_sign_off_before_slt_reconfirm_and_governors_only_read_the_draft() throws IOException {
        var policy = ownPolicy();
        signInAs("head");
        navigate("policies/" + policy.value() + "/review", PolicyReviewView.class);
        test($(Button.class).id("open-review")).click();
        test($(Button.class).id("sign-off-button")).click();

        assertThat($(Paragraph.class).id("sign-off-error").getText()).contains("have not yet re-confirmed");

        signInAs("governor");
        navigate("policies/" + policy.value() + "/review", PolicyReviewView.class);
        assertThat($(TextArea.class).withLabel("Rationale").exists())
                .as("governors only read the draft")
                .isFalse();
        assertThat($(Button.class).withText("Edit section").exists()).isFalse();
        assertThat($(Markdown.class).all())
                .extracting(Markdown::getContent)
                .anySatisfy(section -> assertThat(section).startsWith("### Rationale"));
        assertThat($(Button.class).id("add-comment").isEnabled()).isTrue();
        assertThat($(Anchor.class).id("review-history").getHref())
                .startsWith("audit?type=")
                .doesNotEndWith("&record=" + policy.value());
    }

    @Test
    void
            slt_and_governors_reconfirm_the_accounts_follows_and_guidance_they_see_with_pupils_names_hidden_from_governors()
                    throws IOException {
        var policy = ownPolicy();
        var handle = "@storyteller_" + System.nanoTime();
        signInAs("teacher");
        var asked = follows.request(
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id(),
                handle,
                FollowKind.CHILDRENS_AUTHOR,
                "Her picture books are Class 1's favourites and she posts reading ideas.");
        signInAs("deputy");
        follows.decide(asked.id(), true, "Iris Young's class wrote to her; her posts suit children.");
        navigate("policies/" + policy.value() + "/review", PolicyReviewView.class);
        test($(Button.class).id("open-review")).click();

        var followed = test(this.<FollowExceptionSummary>grid("reconfirm-follows"));
        var row = IntStream.range(0, followed.size())
                .filter(i -> followed.getRow(i).handle().equals(handle))
                .findFirst()
                .orElseThrow();
        assertThat(followed.getCellText(row, 1)).isEqualTo("@JesseGrayPrimary");
        assertThat(followed.getCellText(row, 2)).isEqualTo("Children's author");
        assertThat(followed.getCellText(row, 3)).isEqualTo("Tom Hale");
        assertThat(followed.getCellText(row, 4))
                .isEqualTo("Daniel Reeve: Iris Young's class wrote to her; her posts" + " suit children.");
        assertThat(followed.getCellText(row, 5)).isEqualTo(SchoolTime.date(LocalDate.now(SchoolTime.ZONE)));
        var accountsShown = test(this.<app.safepost.accounts.AccountSummary>grid("reconfirm-accounts"));
        assertThat(IntStream.range(0, accountsShown.size())
                        .mapToObj(i -> accountsShown.getCellText(i, 0) + " " + accountsShown.getCellText(i, 2)))
                .contains("@JesseGrayPrimary Whole school")
                .hasSize(8);
        assertThat($(UnorderedList.class).id("reconfirm-guidance").getElement().getTextRecursively())
                .startsWith("All accounts: ");

        signInAs("governor");
        navigate("policies/" + policy.value() + "/review", PolicyReviewView.class);
        var seenByGovernor = test(this.<FollowExceptionSummary>grid("reconfirm-follows"));
        var governorsRow = IntStream.range(0, seenByGovernor.size())
                .filter(i -> seenByGovernor.getRow(i).handle().equals(handle))
                .findFirst()
                .orElseThrow();
        assertThat(seenByGovernor.getCellText(governorsRow, 4))
                .isEqualTo("Daniel Reeve: [name]'s class wrote to her;" + " her posts suit children.");
        assertThat($(Checkbox.class).all())
                .allSatisfy(box -> assertThat(box.isReadOnly()).isTrue());
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return (Grid<T>) $(Grid.class).id(id);
    }
}
