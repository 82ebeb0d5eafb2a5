package app.safepost.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.InSchool;
import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;

class HomeViewTest extends ScreenTest {

    private String figure(String title) {
        var card = $(Div.class).withClassName("dashboard-card").all().stream()
                .filter(d -> d.getChildren()
                        .anyMatch(c -> c instanceof H3 h && h.getText().equals(title)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title));
        return card.getChildren()
                .filter(c -> c instanceof Div d && d.hasClassName("figure"))
                .map(c -> ((Div) c).getText())
                .findFirst()
                .orElseThrow();
    }

    private boolean hasCard(String title) {
        return $(H3.class).all().stream().anyMatch(h -> h.getText().equals(title));
    }

    @Test
    void the_office_sees_the_roster_and_consent_figures() {
        signInAs("office");
        navigate(HomeView.class);

        assertThat(figure("Pupils on roll")).isEqualTo("196");
        assertThat(Integer.parseInt(figure("No image consent"))).isBetween(1, 195);
        assertThat(figure("School iPads")).isEqualTo("4");
    }

    @Test
    void the_class_3_teacher_sees_their_class_and_its_pupils() {
        signInAs("teacher");
        navigate(HomeView.class);

        assertThat(figure("Your classes")).isEqualTo("1");
        assertThat(figure("Pupils in your classes")).isEqualTo("28");
        assertThat(hasCard("Pupils on roll")).isFalse();
    }

    @Test
    void a_governor_sees_the_overdue_policy_review_and_no_pupil_figures() {
        signInAs("governor");
        navigate(HomeView.class);

        assertThat(overdueNotice().getElement().getTextRecursively())
                .contains("Review overdue since 1 Jan 2024")
                .contains("Read the policy");
        assertThat(hasCard("Pupils on roll")).isFalse();
        assertThat(hasCard("Pupils in your classes")).isFalse();
    }

    @Test
    void slt_see_accounts_staff_and_the_overdue_review() {
        signInAs("deputy");
        navigate(HomeView.class);

        assertThat(figure("Social-media accounts")).isEqualTo("8");
        assertThat(figure("Staff"))
                .as("Jesse Gray's eight and the trust's teaching assistant who works there too")
                .isEqualTo("9");
        assertThat(overdueNotice().getElement().getTextRecursively())
                .contains("Review overdue since 1 Jan 2024")
                .containsAnyOf("Open the review", "Continue the review");
    }

    @org.springframework.beans.factory.annotation.Autowired
    app.safepost.drafting.Drafts drafts;

    @org.springframework.beans.factory.annotation.Autowired
    app.safepost.pupils.PupilRoster roster;

    @org.springframework.beans.factory.annotation.Autowired
    app.safepost.pupils.ConsentRegister consents;

    @org.springframework.beans.factory.annotation.Autowired
    app.safepost.accounts.SocialAccounts accounts;

    @Test
    void slt_see_what_needs_action_after_a_consent_is_withdrawn_and_mark_it_handled() {
        var upn = "J820300120089";
        signInAs("office");
        var pupil = roster.records(false).stream()
                .filter(p -> p.upn().equals(upn))
                .findFirst()
                .orElseThrow();
        consents.record(
                pupil.id(),
                new app.safepost.pupils.ConsentDecision(
                        true,
                        app.safepost.pupils.ConsentSource.PARENT_REQUEST,
                        java.time.LocalDate.of(2026, 9, 1),
                        null));
        signInAs("teacher");
        var kestrels = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Kestrels").orElseThrow().id());
        drafts.create(
                kestrels,
                new app.safepost.drafting.DraftContent(
                        "Our maths trail",
                        java.util.List.of(),
                        java.util.List.of(new app.safepost.drafting.DraftContent.PupilShown(upn, false))));
        signInAs("office");
        consents.record(
                pupil.id(),
                new app.safepost.pupils.ConsentDecision(
                        false,
                        app.safepost.pupils.ConsentSource.PARENT_REQUEST,
                        java.time.LocalDate.of(2026, 11, 24),
                        "No photos"));
        try {
            signInAs("deputy");
            navigate(HomeView.class);

            var card = $(Div.class).id("needs-action");
            assertThat(card.getElement().getTextRecursively())
                    .contains("A draft for @JGP_Kestrels shows Aisha Ahmed (Class 3): consent withdrawn")
                    .doesNotContain(upn);
            var item = $(com.vaadin.flow.component.html.ListItem.class).all().stream()
                    .filter(li -> li.getElement().getTextRecursively().contains("Aisha Ahmed"))
                    .findFirst()
                    .orElseThrow();
            assertThat($(com.vaadin.flow.component.html.Anchor.class, item)
                            .single()
                            .getHref())
                    .startsWith("review/");
            var done =
                    $(com.vaadin.flow.component.textfield.TextField.class, item).single();
            var handled = $(com.vaadin.flow.component.button.Button.class, item).single();
            test(handled).click();
            assertThat(done.isInvalid()).isTrue();
            assertThat(done.getErrorMessage()).isEqualTo("Say briefly what was done.");

            test(done).setValue("Asked the teacher to cover the pupil.");
            test(handled).click();

            navigate(HomeView.class);
            assertThat($(com.vaadin.flow.component.html.ListItem.class).all().stream()
                            .noneMatch(
                                    li -> li.getElement().getTextRecursively().contains("Aisha Ahmed")))
                    .isTrue();
        } finally {
            signInAs("office");
            consents.record(
                    pupil.id(),
                    new app.safepost.pupils.ConsentDecision(
                            true,
                            app.safepost.pupils.ConsentSource.PARENT_REQUEST,
                            java.time.LocalDate.of(2026, 11, 25),
                            null));
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    app.safepost.publishing.PlatformSwitch platformSwitch;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void slt_see_which_accounts_are_in_practice_mode_and_others_do_not() {
        var owls = InSchool.jesseGray(
                jdbc,
                () -> accounts.accountWithHandle("@JGP_Owls").orElseThrow().id());
        // As SLT switching @JGP_Owls to its platform would record it (a credential is needed on screen).
        InSchool.jesseGray(
                jdbc,
                () -> jdbc.update(
                        "insert into live_publishing (account_id, version, live, changed_by, changed_at)"
                                + " values (?, 0, true, 'deputy', now())",
                        owls.value()));
        try {
            signInAs("deputy");
            navigate(HomeView.class);

            var card = $(Div.class).id("practice-mode").getElement().getTextRecursively();
            var practising = jdbc.queryForObject(
                    "select count(*) from social_account where id not in"
                            + " (select account_id from live_publishing where live)",
                    Long.class);
            assertThat(figure("Practice mode")).isEqualTo(String.valueOf(practising));
            assertThat(card)
                    .contains("kept in the portal, not sent", "@JGP_Kestrels", "@JesseGrayPrimary")
                    .doesNotContain("@JGP_Owls");

            signInAs("teacher");
            navigate(HomeView.class);
            assertThat(hasCard("Practice mode")).isFalse();
        } finally {
            InSchool.jesseGray(
                    jdbc, () -> jdbc.update("delete from live_publishing where account_id = ?", owls.value()));
        }
    }

    /** The demo school's policy; tests of reviews may add policies of their own. */
    private Div overdueNotice() {
        return $(Div.class).withClassName("policy-overdue").all().stream()
                .filter(d -> d.getElement().getTextRecursively().contains("Social media (Twitter) policy"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no overdue notice for the demo policy"));
    }

    @Test
    void staff_are_asked_to_read_the_policy_and_governors_are_not() {
        signInAs("teacher4");
        navigate(HomeView.class);
        assertThat($(Div.class)
                        .withClassName("policies-to-read")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Read and confirm the Social media (Twitter) policy");
        assertThat($(Div.class).withClassName("policy-overdue").exists())
                .as("teachers are not told of reviews")
                .isFalse();

        signInAs("governor");
        navigate(HomeView.class);
        assertThat($(Div.class).withClassName("policies-to-read").exists()).isFalse();
    }
}
