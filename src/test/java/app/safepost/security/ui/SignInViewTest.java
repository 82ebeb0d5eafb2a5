package app.safepost.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.safepost.testing.ScreenTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/** What the demo sign-in form says after a wrong password, and once too many failed. */
class SignInViewTest extends ScreenTest {

    /** The form's texts as the browser gets them. */
    private static String errorShown(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void a_throttled_sign_in_is_told_how_long_to_wait() {
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", "15"));
        var form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(errorShown(form))
                .contains(
                        "\"title\":\"Too many failed sign-ins\"",
                        "\"message\":\"Too many failed sign-ins from this address. Try again in 15 minutes.\"");
    }

    @Test
    void a_wrong_password_is_told_to_check_it() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(errorShown(form))
                .contains("\"title\":\"Incorrect username or password\"")
                .doesNotContain("Too many");
    }
}
