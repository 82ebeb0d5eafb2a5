package app.safepost.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.accounts.SocialAccounts;
import app.safepost.publishing.PostToPublish;
import app.safepost.publishing.Publishing;
import app.safepost.publishing.ui.parts.TakedownDialog;
import app.safepost.pupils.ConsentDecision;
import app.safepost.pupils.ConsentRegister;
import app.safepost.pupils.ConsentSource;
import app.safepost.pupils.PupilRoster;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Needs action on SLT's home page: a sent post showing a pupil whose consent was withdrawn names the
 * pupil rather than their UPN, links the post, and takes it down with the published register's own
 * confirmation.
 */
class NeedsActionTest extends ScreenTest {

    /** Jo Black of Class 3, one of two pupils called Jo in the class. */
    private static final String JO_BLACK = "J820300120102";

    @Autowired
    Publishing publishing;

    @Autowired
    PupilRoster roster;

    @Autowired
    ConsentRegister consents;

    @Autowired
    SocialAccounts accounts;

    @Autowired
    Clock clock;

    private void recordConsent(boolean given, LocalDate on) {
        signInAs("office");
        var jo = roster.recordByUpn(JO_BLACK).orElseThrow();
        consents.record(
                jo.id(), new ConsentDecision(given, ConsentSource.PARENT_REQUEST, on, given ? null : "No photos"));
    }

    @AfterEach
    void consentBack() {
        recordConsent(true, LocalDate.of(2026, 11, 26));
    }

    /** A post to the Class 3 account showing Jo Black, sent (to the sandbox) a moment ago. */
    private UUID sentPostShowingJo() {
        signInAs("deputy");
        var kestrels = accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id();
        var reference = UUID.randomUUID();
        publishing.schedule(new PostToPublish(
                reference,
                1,
                kestrels,
                "Kestrels built a reading tent.",
                List.of(),
                List.of(JO_BLACK),
                clock.instant().minusSeconds(60),
                "teacher",
                "deputy",
                null));
        Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> publishing.find(reference).orElseThrow().status().equals("published"));
        return reference;
    }

    private ListItem itemFor(String text) {
        return $(ListItem.class, $(Div.class).id("needs-action")).all().stream()
                .filter(li -> li.getElement().getTextRecursively().contains(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_sent_post_showing_a_pupil_whose_consent_was_withdrawn_names_them_links_the_post_and_is_taken_down_there() {
        var reference = sentPostShowingJo();
        recordConsent(false, LocalDate.of(2026, 11, 27));

        signInAs("deputy");
        navigate(HomeView.class);
        var item = itemFor("Kestrels");

        assertThat(item.getElement().getTextRecursively())
                .contains("A sent post on @JGP_Kestrels shows Jo Black (Class 3): consent withdrawn (class-social)")
                .doesNotContain(JO_BLACK);
        assertThat($(Anchor.class, item).all()).extracting(Anchor::getHref).contains("published");

        var takeDown = $(Button.class, item).all().stream()
                .filter(b -> b.getText().equals("Take down"))
                .findFirst()
                .orElseThrow();
        test(takeDown).click();
        var dialog = $(TakedownDialog.class).single();
        var confirm = $(Button.class, dialog).all().stream()
                .filter(b -> b.getText().equals("Take down"))
                .findFirst()
                .orElseThrow();
        test(confirm).click();
        var reason = $(TextArea.class, dialog).withCaption("Reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the post is being taken down.");
        assertThat(publishing.find(reference).orElseThrow().status()).isEqualTo("published");

        test(reason).setValue("Consent withdrawn by Jo's parents");
        test(confirm).click();

        assertThat(publishing.find(reference).orElseThrow().status()).isEqualTo("taken-down");
        assertThat(item.getElement().getTextRecursively()).contains("Taken down: Consent withdrawn by Jo's parents");
        assertThat(takeDown.isVisible()).isFalse();
    }

    @Test
    void nobody_but_slt_sees_what_needs_action() {
        sentPostShowingJo();
        recordConsent(false, LocalDate.of(2026, 11, 27));

        for (var user : List.of("teacher", "governor", "office", "trust")) {
            signInAs(user);
            navigate(HomeView.class);
            assertThat($(Div.class).all().stream().map(Div::getId).flatMap(java.util.Optional::stream))
                    .as(user)
                    .doesNotContain("needs-action");
            assertThat(getCurrentView().getElement().getTextRecursively())
                    .as(user)
                    .doesNotContain("Jo Black");
        }
    }
}
