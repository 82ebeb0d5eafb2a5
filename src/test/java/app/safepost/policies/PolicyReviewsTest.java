package app.safepost.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.common.SchoolTime;
import app.safepost.notifications.Notices;
import app.safepost.policies.domain.ReviewCycle;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A whole review on PostgreSQL: versions, tracked changes, comments, sign-off, PDF and acknowledgements.
 * Each test reviews a policy of its own, due next year, so the demo school's policy is left alone.
 */
@SafepostTest
class PolicyReviewsTest {

    @Autowired
    PolicyLibrary library;

    @Autowired
    PolicyReviews reviews;

    @Autowired
    Acknowledgements acknowledgements;

    @Autowired
    Notices notices;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private PolicyId policy;
    private String title;
    private final LocalDate today = LocalDate.now(SchoolTime.ZONE);

    private static String demoText() throws IOException {
        try (var in = PolicyReviewsTest.class.getResourceAsStream("/demo/jesse-gray-twitter-policy-2023.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void aPolicyOfItsOwn() throws IOException {
        as("deputy");
        title = "Test policy " + UUID.randomUUID();
        library.importIfMissing(
                title, 1, "Senior Leadership Team", today.minusMonths(11), today.plusMonths(1), demoText());
        policy = library.policyTitled(title).orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private void as(String user) {
        SignedIn.as(demoUsers, user);
    }

    private ReviewDetails reconfirmed(ReviewId id) {
        for (var what : Reconfirmation.values()) {
            reviews.reconfirm(id, what, true);
        }
        return reviews.review(id);
    }

    @Test
    void a_review_edits_a_draft_and_shows_its_tracked_changes_and_the_settings_they_affect() {
        var review = reviews.open(policy);
        assertThat(reviews.open(policy).id())
                .as("opening again continues the open review")
                .isEqualTo(review.id());
        assertThat(review.draft()).isEqualTo(review.baseText());
        var sections = review.draft().split("(?m)^(?=#)");
        var titles = app.safepost.policies.domain.PolicyText.sections(review.draft());
        int followers = titles.stream()
                .map(app.safepost.policies.domain.PolicyText.Section::title)
                .toList()
                .indexOf("Twitter followers");
        var section = titles.get(followers).text().replace("follow parents or students.", "follow parents or pupils.");

        var saved = reviews.saveSection(review.id(), followers, section, review.version());

        assertThat(saved.draft()).contains("follow parents or pupils.").doesNotContain("follow parents or students.");
        assertThat(reviews.trackedChanges(review.id()))
                .filteredOn(c -> c.kind() != TrackedChange.Kind.UNCHANGED)
                .extracting(TrackedChange::text)
                .containsExactly(
                        "Under no circumstances should staff members follow parents or students.",
                        "Under no circumstances should staff members follow parents or pupils.");
        assertThat(reviews.affectedClauses(review.id()))
                .extracting(PolicyClause::id)
                .containsExactly("P8");
        assertThat(sections.length).isGreaterThan(5);

        assertThatThrownBy(() -> reviews.saveSection(review.id(), followers, section, review.version()))
                .isInstanceOf(PolicyChangeRefused.class)
                .hasMessageContaining("Someone else saved the draft");
        assertThatThrownBy(() -> reviews.saveDraft(review.id(), "  ", saved.version()))
                .isInstanceOf(PolicyChangeRefused.class)
                .hasMessageContaining("cannot be empty");
        as("governor");
        assertThatThrownBy(() -> reviews.saveDraft(review.id(), "Governors' text", saved.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void governors_comment_in_threads_that_only_slt_resolve() {
        var review = reviews.open(policy);
        as("governor");
        var comment = reviews.comment(review.id(), "Twitter followers", "Should this say pupils rather than students?");
        var reply = reviews.reply(comment.id(), "And former pupils?");
        assertThatThrownBy(() -> reviews.resolve(comment.id(), "done")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.comment(review.id(), "No such section", "x"))
                .isInstanceOf(PolicyChangeRefused.class);
        assertThatThrownBy(() -> reviews.comment(review.id(), "Twitter followers", " "))
                .isInstanceOf(PolicyChangeRefused.class)
                .hasMessageContaining("Write your comment");

        as("deputy");
        var answer = reviews.reply(reply.id(), "Changed to pupils, past or present.");
        assertThat(answer.replyTo()).as("a reply to a reply joins the thread").isEqualTo(comment.id());
        var resolved = reviews.resolve(comment.id(), "Wording changed");

        assertThat(resolved.isResolved()).isTrue();
        assertThat(resolved.resolvedByName()).isEqualTo("Daniel Reeve");
        var details = reviews.review(review.id());
        assertThat(details.comments()).hasSize(3);
        assertThat(details.openComments()).isZero();
        assertThatThrownBy(() -> reviews.reply(comment.id(), "late"))
                .isInstanceOf(PolicyChangeRefused.class)
                .hasMessageContaining("resolved");
        as("teacher");
        assertThatThrownBy(() -> reviews.review(review.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_head_teacher_signs_off_and_open_comments_need_a_reason() {
        var review = reconfirmed(reviews.open(policy).id());
        assertThatThrownBy(() -> reviews.signOff(review.id(), review.draftSha256(), today.plusYears(1), null))
                .as("the deputy is SLT but not the head")
                .isInstanceOf(AccessDeniedException.class);
        as("governor");
        reviews.comment(review.id(), "Rationale", "Please mention parents' consent here.");

        as("head");
        assertThatThrownBy(() -> reviews.signOff(review.id(), review.draftSha256(), today.plusYears(1), null))
                .isInstanceOf(PolicyChangeRefused.class)
                .satisfies(e -> assertThat(((PolicyChangeRefused) e).errors()).containsOnlyKeys("overrideReason"));
        assertThatThrownBy(() -> reviews.signOff(
                        review.id(),
                        "0".repeat(64),
                        today.plusYears(1),
                        "Governors agreed the wording at their meeting."))
                .isInstanceOf(PolicyChangeRefused.class)
                .satisfies(e -> assertThat(((PolicyChangeRefused) e).errors()).containsOnlyKeys("draft"));

        var signed = reviews.signOff(
                review.id(),
                review.draftSha256(),
                today.plusYears(1),
                "Governors agreed the wording at their meeting.");

        assertThat(signed.signOff()).isNotNull();
        assertThat(signed.signOff().overrideReason()).isEqualTo("Governors agreed the wording at their meeting.");
    }

    @Test
    void sign_off_adopts_the_exact_text_as_a_new_version_and_the_old_one_stays_readable() throws IOException {
        var opened = reviews.open(policy);
        var draft = opened.draft()
                .replace(
                        "Photos will only be taken on school iPads.",
                        "Photos will only be taken on school iPads, never on personal phones.");
        reviews.saveDraft(opened.id(), draft, opened.version());
        var review = reconfirmed(opened.id());

        as("head");
        var shownToTheHead = reviews.signedTextSha256(review.id(), ReviewCycle.nextReviewDate(today));
        var signed = reviews.signOff(review.id(), review.draftSha256(), ReviewCycle.nextReviewDate(today), null);

        assertThat(signed.number()).isEqualTo(2);
        assertThat(signed.adopted()).isTrue();
        // The text's own sign-off lines follow the sign-off; everything else is the draft as read.
        var next = SchoolTime.date(today.plusYears(1));
        assertThat(signed.text())
                .isEqualTo(app.safepost.policies.domain.PolicyText.asSigned(
                        draft, "Helen Okoro", today, today.plusYears(1)));
        assertThat(signed.text())
                .contains("Review Date:\t" + next, "Date Adopted:\t" + SchoolTime.date(today))
                .doesNotContain("January 2024");
        assertThat(signed.text().replaceAll("(?m)^(Head Teacher Signature|Date Adopted|Review Date):.*$", ""))
                .isEqualTo(draft.replaceAll("(?m)^(Head Teacher Signature|Date Adopted|Review Date):.*$", ""));
        assertThat(signed.signOff().textSha256())
                .isEqualTo(app.safepost.policies.domain.PolicyText.sha256(signed.text()))
                .isEqualTo(shownToTheHead);
        assertThat(signed.signOff().signedByName()).isEqualTo("Helen Okoro");
        assertThat(signed.signOff().signedOn()).isEqualTo(today);
        assertThat(signed.reviewDue()).isEqualTo(today.plusYears(1));
        var summary = library.policy(policy).orElseThrow();
        assertThat(summary.version()).isEqualTo(2);
        assertThat(summary.reviewOpen()).isFalse();
        assertThat(summary.stateOn(today)).isEqualTo(ReviewState.NOT_DUE);
        assertThat(library.versions(policy))
                .extracting(PolicyVersion::number, PolicyVersion::adopted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(library.version(policy, 1).orElseThrow().text())
                .contains("Photos will only be taken on school iPads.")
                .doesNotContain("personal phones");
        assertThatThrownBy(() -> reviews.saveDraft(review.id(), "late", review.version()))
                .isInstanceOf(PolicyChangeRefused.class)
                .hasMessageContaining("signed off");

        try (var pdf = Loader.loadPDF(library.pdf(policy, 2))) {
            var text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(title)
                    .contains("never on personal phones")
                    .contains("Signed by Helen Okoro, head teacher, on " + SchoolTime.date(today))
                    .contains("Next review: " + SchoolTime.date(today.plusYears(1)))
                    .contains("Review Date: " + SchoolTime.date(today.plusYears(1)))
                    .doesNotContain("January 2024")
                    .contains("Fingerprint of the signed text")
                    .contains(signed.signOff().textSha256());
        }
        try (var pdf = Loader.loadPDF(library.pdf(policy, 1))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("no signature is held");
        }

        as("teacher");
        assertThat(notices.mine()).anyMatch(n -> n.subject().equals("Please read the " + title + " (version 2)"));
        assertThat(acknowledgements.awaitingMine())
                .extracting(PolicySummary::title)
                .contains(title);
    }

    @Test
    void staff_acknowledge_the_adopted_version_and_slt_see_and_export_who_has_not() {
        as("teacher");
        assertThat(acknowledgements.hasAcknowledged(policy)).isFalse();
        assertThatThrownBy(() -> acknowledgements.acknowledge(policy, 1, true, false))
                .isInstanceOf(PolicyChangeRefused.class)
                .satisfies(e -> assertThat(((PolicyChangeRefused) e).errors()).containsOnlyKeys("noParentsOrPupils"));
        assertThatThrownBy(() -> acknowledgements.acknowledge(policy, 7, true, true))
                .isInstanceOf(PolicyChangeRefused.class)
                .hasMessageContaining("Version 1 is now in force");
        acknowledgements.acknowledge(policy, 1, true, true);
        acknowledgements.acknowledge(policy, 1, true, true);
        assertThat(acknowledgements.hasAcknowledged(policy)).isTrue();
        assertThat(acknowledgements.awaitingMine())
                .extracting(PolicySummary::title)
                .doesNotContain(title);
        assertThatThrownBy(() -> acknowledgements.status(policy)).isInstanceOf(AccessDeniedException.class);

        as("deputy");
        var status = acknowledgements.status(policy);
        assertThat(status)
                .extracting(AcknowledgementStatus::username)
                .containsExactlyInAnyOrder(
                        "head", "deputy", "computing", "teacher", "teacher4", "ta", "office", "music")
                .as("governors are not staff")
                .doesNotContain("governor");
        assertThat(status.getLast().username())
                .as("those who have confirmed come last")
                .isEqualTo("teacher");
        var csv = acknowledgements.csv(policy);
        assertThat(csv)
                .startsWith("Name,Username,Roles,Confirmed version 1,Confirmed at (UK time)\r\n")
                .contains("Tom Hale,teacher,Teacher,yes,")
                .contains("Carol Dean,office,Office,no,\r\n");

        assertThat(acknowledgements.remind(policy))
                .as("all the school's staff but the teacher")
                .isEqualTo(7);
        as("office");
        assertThat(notices.mine()).anyMatch(n -> n.subject().equals("Reminder: please read the " + title));
        as("teacher");
        assertThat(notices.mine()).noneMatch(n -> n.subject().equals("Reminder: please read the " + title));
    }

    @Test
    void the_library_links_the_policies_read_together_and_names_the_clauses_p1_to_p17() {
        var demo = library.policyTitled("Social media (Twitter) policy").orElseThrow();
        assertThat(demo.readWith())
                .containsExactly("Online-Safety and Acceptable Use of ICT Policy", "Behaviour Policy");
        assertThat(demo.isOverdueOn(today)).isTrue();
        var behaviour = library.policyTitled("Behaviour Policy").orElseThrow();
        assertThat(behaviour.hasText()).isFalse();
        assertThat(behaviour.readWith()).containsExactly("Social media (Twitter) policy");
        assertThat(library.clausesOf(demo.id())).hasSize(17);
        assertThat(library.clauses())
                .extracting(PolicyClause::id)
                .startsWith("P1", "P2")
                .endsWith("P17");
    }
}
