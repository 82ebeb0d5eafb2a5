package app.safepost.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.SchoolTime;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The follower register and follow exceptions on PostgreSQL. */
@SafepostTest
class FollowerRegisterTest {

    @Autowired
    FollowerRegister register;

    @Autowired
    FollowExceptions follows;

    @Autowired
    GovernorsReport reports;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    private AccountId wholeSchool;

    @BeforeEach
    void signIn() {
        SignedIn.as(demoUsers, "deputy");
        wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private FollowerSummary added() {
        return register.add(wholeSchool, "@someone_" + System.nanoTime(), "Someone", null);
    }

    @Test
    void pages_of_followers_by_status_or_following_are_the_register_filtered_in_its_order() {
        var flagged = added();
        SignedIn.as(demoUsers, "teacher");
        register.flag(flagged.id(), "Looks like spam");
        SignedIn.as(demoUsers, "deputy");
        added();
        var all = register.all();
        record Showing(
                @Nullable FollowerStatus status, @Nullable Boolean following) {}
        for (var showing : List.of(
                new Showing(null, null),
                new Showing(FollowerStatus.UNDER_REVIEW, null),
                new Showing(FollowerStatus.BLOCKED, null),
                new Showing(null, false))) {
            var expected = all.stream()
                    .filter(f -> showing.status() == null || f.status() == showing.status())
                    .filter(f -> showing.following() == null || f.following() == showing.following())
                    .map(FollowerSummary::id)
                    .toList();
            var paged = new ArrayList<FollowerId>();
            for (int page = 0; page * 2 < expected.size() + 2; page++) {
                register.page(showing.status(), showing.following(), PageRequest.of(page, 2))
                        .forEach(f -> paged.add(f.id()));
            }
            assertThat(paged).as(showing.toString()).containsExactlyElementsOf(expected);
            assertThat(register.count(showing.status(), showing.following())).isEqualTo(expected.size());
        }
        assertThat(register.count(FollowerStatus.UNDER_REVIEW, null)).isPositive();
    }

    @Test
    void a_teacher_flags_slt_allow_and_later_block_and_unblock_with_reasons() {
        var follower = added();
        SignedIn.as(demoUsers, "teacher");
        assertThat(register.flag(follower.id(), "Replies look like spam").status())
                .isEqualTo(FollowerStatus.UNDER_REVIEW);
        assertThatThrownBy(
                        () -> register.block(follower.id(), new BlockRequest(BlockReason.OTHER, "x", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(demoUsers, "deputy");
        assertThat(register.allow(follower.id(), "A parent's business account").status())
                .isEqualTo(FollowerStatus.ALLOWED);
        var block = register.block(
                follower.id(),
                new BlockRequest(BlockReason.SPAM_OR_IMPERSONATION, "Posted links to a scam", null, null, null));
        assertThat(block.platformOutcome()).isEqualTo(BlockOutcome.RECORDED);
        assertThatThrownBy(() -> register.unblock(follower.id(), " ")).isInstanceOf(ModerationRefused.class);
        var unblock = register.unblock(follower.id(), "Account recovered by its owner");
        assertThat(unblock.platformOutcome()).isEqualTo(BlockOutcome.RECORDED);
        assertThat(unblock.platformDetail()).contains("is in practice mode");
        assertThat(register.follower(follower.id()).orElseThrow().status()).isEqualTo(FollowerStatus.ALLOWED);

        assertThat(register.decisions(follower.id()))
                .extracting(FollowerDecisionEntry::kind)
                .containsExactly(
                        FollowerDecisionKind.ADDED,
                        FollowerDecisionKind.FLAGGED,
                        FollowerDecisionKind.ALLOWED,
                        FollowerDecisionKind.BLOCKED,
                        FollowerDecisionKind.UNBLOCKED);
    }

    @Test
    void a_block_needs_a_category_and_some_evidence_and_a_refused_block_changes_nothing() {
        var follower = added();

        assertThatThrownBy(() -> register.block(follower.id(), new BlockRequest(null, " ", "ftp://x", null, null)))
                .isInstanceOfSatisfying(
                        ModerationRefused.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("reasonCategory", "evidenceLink"));
        assertThatThrownBy(() ->
                        register.block(follower.id(), new BlockRequest(BlockReason.OTHER, null, null, null, null)))
                .isInstanceOfSatisfying(
                        ModerationRefused.class, e -> assertThat(e.errors()).containsKey("evidence"));
        assertThat(register.follower(follower.id()).orElseThrow().status()).isEqualTo(FollowerStatus.ALLOWED);
    }

    @Test
    void the_same_handle_is_not_added_twice() {
        var follower = added();

        assertThatThrownBy(() -> register.add(wholeSchool, follower.handle().toUpperCase(), null, null))
                .isInstanceOfSatisfying(
                        ModerationRefused.class, e -> assertThat(e.errors()).containsKey("handle"));
    }

    @Test
    void staff_request_a_follow_slt_decide_and_the_list_says_who_approved_and_why() {
        SignedIn.as(demoUsers, "teacher");
        var handle = "@author_" + System.nanoTime();
        assertThatThrownBy(() -> follows.request(wholeSchool, handle, FollowKind.CHILDRENS_AUTHOR, "ok"))
                .isInstanceOfSatisfying(
                        ModerationRefused.class, e -> assertThat(e.errors()).containsKey("justification"));
        var request = follows.request(
                wholeSchool,
                handle,
                FollowKind.CHILDRENS_AUTHOR,
                "Year 3 read her books this term (Iris Young's favourite) and she posts reading tips.");
        assertThatThrownBy(() -> follows.decide(request.id(), true, "fine")).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(demoUsers, "deputy");
        assertThatThrownBy(() -> follows.decide(request.id(), true, "")).isInstanceOf(ModerationRefused.class);
        assertThatThrownBy(() -> follows.decide(request.id(), true, "x".repeat(2001)))
                .isInstanceOfSatisfying(
                        ModerationRefused.class,
                        e -> assertThat(e.errors()).containsEntry("reason", "At most 2000 characters."));
        var approved = follows.decide(request.id(), true, "Educational and safe; reviewed her posts.");

        SignedIn.as(demoUsers, "governor");
        assertThat(follows.all())
                .filteredOn(f -> f.id().equals(request.id()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(FollowExceptionStatus.APPROVED);
                    assertThat(f.decidedByName()).isEqualTo("Daniel Reeve");
                    assertThat(f.decisionReason()).isEqualTo("Educational and safe; reviewed her posts.");
                    assertThat(f.requestedByName()).isEqualTo("Tom Hale");
                    assertThat(f.justification())
                            .contains("([name]'s favourite)")
                            .doesNotContain("Iris");
                });
        assertThat(follows.followed())
                .extracting(FollowExceptionSummary::handle)
                .contains(handle);
        var longestFollowedFirst = new ArrayList<FollowExceptionSummary>();
        for (int page = 0; page * 2 < follows.followed().size(); page++) {
            longestFollowedFirst.addAll(
                    follows.followed(PageRequest.of(page, 2)).getContent());
        }
        assertThat(longestFollowedFirst).isEqualTo(follows.followed());
        assertThat(follows.followedCount()).isEqualTo(follows.followed().size());
        assertThat(approved.decidedAt()).isNotNull();
        assertThatThrownBy(() -> follows.request(wholeSchool, "@x", FollowKind.OTHER, "Governors do not ask to follow"))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(demoUsers, "deputy");
        assertThat(follows.all())
                .filteredOn(f -> f.id().equals(request.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.justification()).contains("Iris Young's favourite"));
    }

    @Test
    void the_term_reports_blocks_and_follows_are_read_a_page_at_a_time_as_the_report_lists_them() {
        SignedIn.as(demoUsers, "deputy");
        for (int i = 0; i < 3; i++) {
            register.block(
                    added().id(),
                    new BlockRequest(BlockReason.SPAM_OR_IMPERSONATION, "Posted links to a scam", null, null, null));
        }
        var term = SchoolTerm.containing(LocalDate.now(SchoolTime.ZONE));
        SignedIn.as(demoUsers, "governor");
        var report = reports.forTerm(term);

        var blocks = new ArrayList<FollowerDecisionEntry>();
        for (int page = 0; page * 2 < report.blocks().size(); page++) {
            blocks.addAll(reports.blocks(term, PageRequest.of(page, 2)).getContent());
        }
        var followed = new ArrayList<FollowExceptionSummary>();
        for (int page = 0; page * 2 < report.followed().size(); page++) {
            followed.addAll(reports.followed(PageRequest.of(page, 2)).getContent());
        }

        assertThat(report.blocks()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(blocks).isEqualTo(report.blocks());
        assertThat(reports.blockCount(term)).isEqualTo(report.blocks().size());
        assertThat(followed).isEqualTo(report.followed());
        assertThat(reports.followedCount()).isEqualTo(report.followed().size());
        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> reports.blocks(term, PageRequest.of(0, 2))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.followed(PageRequest.of(0, 2))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pages_of_follow_requests_by_state_are_the_whole_list_filtered_in_its_order_and_masked_alike() {
        SignedIn.as(demoUsers, "teacher");
        for (int i = 0; i < 3; i++) {
            follows.request(
                    wholeSchool,
                    "@reader_" + i + "_" + System.nanoTime(),
                    FollowKind.CHILDRENS_AUTHOR,
                    "Year 3 read these books this term (Iris Young's favourite) and she posts tips.");
        }
        for (var reader : List.of("deputy", "governor")) {
            SignedIn.as(demoUsers, reader);
            for (var statuses : List.of(
                    Set.of(FollowExceptionStatus.REQUESTED),
                    Set.of(FollowExceptionStatus.APPROVED),
                    Set.of(FollowExceptionStatus.REFUSED, FollowExceptionStatus.ENDED))) {
                var expected = follows.all().stream()
                        .filter(f -> statuses.contains(f.status()))
                        .toList();
                var read = new ArrayList<FollowExceptionSummary>();
                for (int page = 0; page * 2 < expected.size(); page++) {
                    var found = follows.page(statuses, PageRequest.of(page, 2));
                    assertThat(found.getContent()).hasSizeLessThanOrEqualTo(2);
                    read.addAll(found.getContent());
                }
                assertThat(read).as(reader + " " + statuses).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(read)
                        .extracting(FollowExceptionSummary::requestedAt)
                        .isSortedAccordingTo(Comparator.reverseOrder());
                assertThat(follows.count(statuses)).isEqualTo(expected.size());
            }
        }
        assertThat(follows.page(Set.of(FollowExceptionStatus.REQUESTED), PageRequest.of(0, 100)))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.justification()).doesNotContain("Iris"));
    }
}
