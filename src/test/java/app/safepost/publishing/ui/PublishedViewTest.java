package app.safepost.publishing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.HeldCredentials;
import app.safepost.accounts.SocialAccounts;
import app.safepost.publishing.PostToPublish;
import app.safepost.publishing.Publishing;
import app.safepost.publishing.domain.Publication;
import app.safepost.publishing.domain.PublicationRepository;
import app.safepost.publishing.domain.SandboxPostRepository;
import app.safepost.pupils.PupilRoster;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** SLT read the published register, see pupils by first name and initial only, and take a post down. */
class PublishedViewTest extends ScreenTest {

    @Autowired
    Publishing publishing;

    @Autowired
    PublicationRepository publications;

    @Autowired
    SandboxPostRepository sandboxPosts;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    HeldCredentials credentials;

    @Autowired
    PupilRoster roster;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    private record Shown(String upn, String name) {}

    /** A pupil on roll, as the register should name them: SLT read every pupil's full name. */
    private Shown aPupil() {
        var pupil = roster.classPupils().getFirst();
        var upn = roster.upnsOfVisiblePupils().get(pupil.id());
        var record = roster.record(pupil.id()).orElseThrow();
        var knownAs = record.preferredName() == null ? record.firstName() : record.preferredName();
        return new Shown(upn, knownAs + " " + record.surname());
    }

    /** A post the sandbox published an hour ago, straight into the register. */
    private UUID publishedToSandbox(String text, String upn) {
        var reference = UUID.randomUUID();
        var robins = accounts.accountWithHandle("@JGP_Robins").orElseThrow();
        var at = clock.instant().minus(Duration.ofHours(1));
        transaction.executeWithoutResult(status -> {
            var entry = new Publication(
                    new PostToPublish(
                            reference, 2, robins.id(), text, List.of(), List.of(upn), at, "teacher", "deputy", null),
                    robins.handle(),
                    robins.platform(),
                    at);
            entry.claim("screen-test", at, Duration.ofMinutes(10), Publication.Via.SANDBOX);
            var kept = sandboxPosts.save(new app.safepost.publishing.domain.SandboxPost(
                    entry.getIdempotencyKey(), robins.id().value(), robins.handle(), robins.platform(), text, "", at));
            entry.published("sandbox-" + kept.getId(), "sandbox:" + robins.handle() + "/" + kept.getId(), at);
            publications.save(entry);
        });
        return reference;
    }

    /** A live post to X tried twice, whose look-up before the resend X's plan refused. */
    private UUID uncheckedOnX(String text) {
        var reference = UUID.randomUUID();
        var robins = accounts.accountWithHandle("@JGP_Robins").orElseThrow();
        var at = clock.instant().minus(Duration.ofHours(1));
        transaction.executeWithoutResult(status -> {
            var entry = new Publication(
                    new PostToPublish(
                            reference, 2, robins.id(), text, List.of(), List.of(), at, "teacher", "deputy", null),
                    robins.handle(),
                    robins.platform(),
                    at);
            entry.claim("screen-test", at, Duration.ofMinutes(10), Publication.Via.LIVE);
            entry.claim("screen-test", at, Duration.ofMinutes(10), Publication.Via.LIVE);
            entry.couldNotCheck(
                    "X's API plan does not let the portal read the account's posts, so it could not check.");
            publications.save(entry);
        });
        return reference;
    }

    private Button buttonLabelled(String text) {
        return $(Button.class).all().stream()
                .filter(b -> b.getText().equals(text) && b.getAriaLabel().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<app.safepost.publishing.PublishedPost> grid() {
        return $(Grid.class).id("published");
    }

    private int rowOf(UUID reference) {
        var cells = test(grid());
        return IntStream.range(0, cells.size())
                .filter(i -> cells.getRow(i).reference().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void slt_see_who_wrote_approved_and_is_shown_by_full_name() {
        signInAs("deputy");
        var pupil = aPupil();
        var reference = publishedToSandbox("Robins made bird feeders.", pupil.upn());

        navigate(PublishedView.class);
        var cells = test(grid());
        int row = rowOf(reference);

        assertThat(cells.getCellText(row, 1)).isEqualTo("@JGP_Robins (X)");
        assertThat(cells.getCellText(row, 3)).isEqualTo("Robins made bird feeders.");
        assertThat(cells.getCellText(row, 4)).isEqualTo(pupil.name());
        assertThat(cells.getCellText(row, 5)).isEqualTo("Tom Hale");
        assertThat(cells.getCellText(row, 6)).isEqualTo("Daniel Reeve");
        assertThat(((Component) cells.getCellComponent(row, 7)).getElement().getTextRecursively())
                .isEqualTo("Practice mode: not sent");
        assertThat(((Component) cells.getCellComponent(row, 2)).getElement().getTextRecursively())
                .isEqualTo("Practice mode: not sent");
    }

    @Test
    void a_takedown_needs_a_reason_then_deletes_the_post_and_records_it() {
        signInAs("deputy");
        var reference = publishedToSandbox("Robins' trip photos (to take down).", aPupil().upn());
        navigate(PublishedView.class);

        test((Button) test(grid()).getCellComponent(rowOf(reference), 8)).click();
        var takeDown = $(Button.class).all().stream()
                .filter(b -> b.getText().equals("Take down") && b.getAriaLabel().isEmpty())
                .findFirst()
                .orElseThrow();
        test(takeDown).click();
        var reason = $(TextArea.class).withCaption("Reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the post is being taken down.");
        assertThat(publishing.find(reference).orElseThrow().status()).isEqualTo("published");

        test(reason).setValue("A parent asked us to remove it");
        test(takeDown).click();

        var down = publishing.find(reference).orElseThrow();
        assertThat(down.status()).isEqualTo("taken-down");
        assertThat(down.takedownReason()).isEqualTo("A parent asked us to remove it");
        assertThat(((Component) test(grid()).getCellComponent(rowOf(reference), 2))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Taken down")
                .contains("by Daniel Reeve")
                .contains("A parent asked us to remove it");
    }

    @Test
    void slt_asked_to_check_give_the_posts_address_and_a_wrong_one_is_refused_next_to_the_field() {
        signInAs("deputy");
        var reference = uncheckedOnX("Robins' harvest songs (did it reach X?)");
        navigate(PublishedView.class);
        assertThat(((Component) test(grid()).getCellComponent(rowOf(reference), 2))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Could not check: is it on X?")
                .contains("could not check");

        var actions = (Component) test(grid()).getCellComponent(rowOf(reference), 8);
        var there = actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals("It is on X"))
                .findFirst()
                .orElseThrow();
        test(there).click();
        var address = $(TextField.class).withCaption("The post's address").single();
        test(address).setValue("https://x.com/JGP_Robins");
        test(buttonLabelled("It is there")).click();
        assertThat(address.isInvalid()).isTrue();
        assertThat(address.getErrorMessage()).startsWith("That is not the address of a post on X");
        assertThat(publishing.find(reference).orElseThrow().status()).isEqualTo("unchecked");

        test(address).setValue("https://x.com/JGP_Robins/status/1800000000000000123");
        test(buttonLabelled("It is there")).click();

        var checked = publishing.find(reference).orElseThrow();
        assertThat(checked.status()).isEqualTo("published");
        assertThat(checked.platformPostId()).isEqualTo("1800000000000000123");
        assertThat(((Component) test(grid()).getCellComponent(rowOf(reference), 2))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Published")
                .contains("checked on the platform by Daniel Reeve");
    }

    @Test
    void slt_who_find_an_unchecked_post_missing_send_it_again() {
        signInAs("deputy");
        var reference = uncheckedOnX("Robins' sports day (not on X after all)");
        navigate(PublishedView.class);

        var actions = (Component) test(grid()).getCellComponent(rowOf(reference), 8);
        test(actions.getChildren()
                        .map(Button.class::cast)
                        .filter(b -> b.getText().equals("Send it again"))
                        .findFirst()
                        .orElseThrow())
                .click();
        test(buttonLabelled("Send it again")).click();

        var resent = publishing.find(reference).orElseThrow();
        assertThat(resent.checkedBy()).isEqualTo("deputy");
        // The portal's own publishing job may already have taken it (this account has no credential here).
        assertThat(resent.status()).isIn("scheduled", "sending", "failed");
    }

    @Test
    void an_account_without_a_credential_cannot_be_switched_to_its_platform() {
        signInAs("deputy");
        var wholeSchool =
                accounts.accountWithHandle("@JesseGrayPrimary").orElseThrow().id();
        credentials.disconnect(wholeSchool);
        navigate(PublishedView.class);

        var box = $(Checkbox.class)
                .withCaption("Send @JesseGrayPrimary's posts to the platform")
                .single();
        test(box).click();

        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage())
                .isEqualTo("Connect the account's credential before its posts go to the platform.");
        assertThat(box.getValue()).isFalse();
    }
}
