package app.safepost.shell.ui;

import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends ScreenTest {

    private String figure(String title) {
        var card = $(Div.class).withClassName("dashboard-card").all().stream()
                .filter(d -> d.getChildren().anyMatch(c -> c instanceof H3 h && h.getText().equals(title)))
                .findFirst().orElseThrow(() -> new AssertionError("no card " + title));
        return card.getChildren().filter(c -> c instanceof Div d && d.hasClassName("figure"))
                .map(c -> ((Div) c).getText()).findFirst().orElseThrow();
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
                .contains("Review overdue since 1 Jan 2024").contains("Read the policy");
        assertThat(hasCard("Pupils on roll")).isFalse();
        assertThat(hasCard("Pupils in your classes")).isFalse();
    }

    @Test
    void slt_see_accounts_staff_and_the_overdue_review() {
        signInAs("deputy");
        navigate(HomeView.class);

        assertThat(figure("Social-media accounts")).isEqualTo("8");
        assertThat(figure("Staff")).isEqualTo("8");
        assertThat(overdueNotice().getElement().getTextRecursively()).contains("Review overdue since 1 Jan 2024")
                .containsAnyOf("Open the review", "Continue the review");
    }

    /** The demo school's policy; tests of reviews may add policies of their own. */
    private Div overdueNotice() {
        return $(Div.class).withClassName("policy-overdue").all().stream()
                .filter(d -> d.getElement().getTextRecursively().contains("Social media (Twitter) policy"))
                .findFirst().orElseThrow(() -> new AssertionError("no overdue notice for the demo policy"));
    }

    @Test
    void staff_are_asked_to_read_the_policy_and_governors_are_not() {
        signInAs("teacher4");
        navigate(HomeView.class);
        assertThat($(Div.class).withClassName("policies-to-read").single().getElement().getTextRecursively())
                .contains("Read and confirm the Social media (Twitter) policy");
        assertThat($(Div.class).withClassName("policy-overdue").exists()).as("teachers are not told of reviews")
                .isFalse();

        signInAs("governor");
        navigate(HomeView.class);
        assertThat($(Div.class).withClassName("policies-to-read").exists()).isFalse();
    }
}
