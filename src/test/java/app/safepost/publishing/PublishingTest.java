package app.safepost.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.accounts.AccountId;
import app.safepost.accounts.Platform;
import app.safepost.accounts.SocialAccounts;
import app.safepost.testing.SafepostTest;
import app.safepost.testing.SignedIn;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** Approval hands a post to publishing: the outbox entry lives and dies with the approver's transaction. */
@SafepostTest
class PublishingTest {

    @Autowired
    Publishing publishing;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("demoSignIn")
    UserDetailsService demoUsers;

    AccountId robins;

    @BeforeEach
    void signIn() {
        SignedIn.as(demoUsers, "deputy");
        robins = accounts.accountWithHandle("@JGP_Robins").orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private PostToPublish post(UUID reference, long version, String text) {
        // A week ahead, so the scheduler leaves it alone during the test.
        return new PostToPublish(
                reference,
                version,
                robins,
                text,
                List.of(),
                List.of("A123456789012"),
                clock.instant().plus(Duration.ofDays(7)),
                "teacher",
                "deputy",
                null);
    }

    @Test
    void scheduling_writes_the_entry_in_the_callers_transaction_and_goes_if_it_rolls_back() {
        var kept = UUID.randomUUID();
        var undone = UUID.randomUUID();
        transaction.executeWithoutResult(status -> publishing.schedule(post(kept, 1, "Robins planted bulbs today.")));
        transaction.executeWithoutResult(status -> {
            publishing.schedule(post(undone, 1, "This approval is rolled back."));
            status.setRollbackOnly();
        });

        var entry = publishing.find(kept).orElseThrow();
        assertThat(entry.status()).isEqualTo("scheduled");
        assertThat(entry.handle()).isEqualTo("@JGP_Robins");
        assertThat(entry.platform()).isEqualTo(Platform.X);
        assertThat(entry.author()).isEqualTo("teacher");
        assertThat(entry.approvedBy()).isEqualTo("deputy");
        assertThat(entry.pupilUpns()).containsExactly("A123456789012");
        assertThat(entry.platformPostId()).isNull();
        assertThat(publishing.find(undone)).isEmpty();
        assertThat(publishing.register())
                .extracting(PublishedPost::reference)
                .contains(kept)
                .doesNotContain(undone);
    }

    @Test
    void approving_again_after_an_edit_replaces_the_scheduled_entry() {
        var reference = UUID.randomUUID();
        publishing.schedule(post(reference, 1, "First approved text."));
        publishing.schedule(post(reference, 3, "Edited and approved again."));

        assertThat(publishing.register())
                .filteredOn(p -> p.reference().equals(reference))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.text()).isEqualTo("Edited and approved again.");
                    assertThat(p.status()).isEqualTo("scheduled");
                });
    }

    @Test
    void an_entry_not_yet_sent_can_be_withdrawn_and_approved_again() {
        var reference = UUID.randomUUID();
        publishing.schedule(post(reference, 1, "Robins visited the library."));

        SignedIn.as(demoUsers, "teacher");
        assertThat(publishing.withdraw(reference)).isTrue();
        assertThat(publishing.withdraw(UUID.randomUUID()))
                .as("nothing was scheduled")
                .isTrue();

        SignedIn.as(demoUsers, "deputy");
        assertThat(publishing.find(reference).orElseThrow().status()).isEqualTo("withdrawn");
        publishing.schedule(post(reference, 2, "Robins visited the library again."));
        assertThat(publishing.find(reference).orElseThrow().status()).isEqualTo("scheduled");
    }

    @Test
    void only_slt_schedule_and_read_the_register() {
        SignedIn.as(demoUsers, "teacher");
        assertThatThrownBy(() -> publishing.schedule(post(UUID.randomUUID(), 1, "Not approved by SLT.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publishing.register()).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(demoUsers, "office");
        assertThatThrownBy(() -> publishing.withdraw(UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_takedown_needs_a_reason_and_a_published_post() {
        var reference = UUID.randomUUID();
        publishing.schedule(post(reference, 1, "Not out yet."));
        assertThatThrownBy(() -> publishing.takeDown(reference, "  "))
                .isInstanceOfSatisfying(
                        TakedownRefused.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> publishing.takeDown(reference, "Shows a pupil without consent"))
                .isInstanceOfSatisfying(
                        TakedownRefused.class, e -> assertThat(e.field()).isEqualTo("post"));
    }
}
